package dev.baton.devnet.junit;

import dev.baton.devnet.DevnetKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a JUnit 5 test a fresh Baton devnet with the suite deployed. Tests and lifecycle methods
 * may declare parameters of type {@link dev.baton.devnet.Devnet}, {@link
 * dev.baton.model.DeploymentManifest} and {@link dev.baton.devnet.rpc.DevnetControl}.
 *
 * <p>On a class: one devnet for the class, the suite deployed once, and every test method runs
 * inside a snapshot reverted afterwards, so each test sees the freshly deployed state. On a method:
 * a devnet of its own.
 *
 * <p>{@link DevnetKind#CONTAINER} needs Docker: without it the test is skipped, unless env {@code
 * CI=true}, where it fails (a CI machine must run every test).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(BatonDevnetExtension.class)
public @interface BatonDevnet {

    DevnetKind kind() default DevnetKind.PROCESS;

    /**
     * Deploy the standard suite ({@link dev.baton.devnet.deploy.Deployer#standard()}) and offer its
     * manifest.
     */
    boolean deploy() default true;
}
