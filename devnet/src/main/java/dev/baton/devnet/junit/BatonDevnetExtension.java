package dev.baton.devnet.junit;

import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.container.DockerAvailability;
import dev.baton.devnet.rpc.DevnetControl;
import dev.baton.model.DeploymentManifest;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** Runs {@link BatonDevnet}: starts, isolates and stops devnets, and resolves their parameters. */
public final class BatonDevnetExtension
        implements ExecutionCondition,
                BeforeAllCallback,
                AfterAllCallback,
                BeforeEachCallback,
                AfterEachCallback,
                ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BatonDevnetExtension.class);
    private static final String FIXTURE = "fixture";
    private static final String SNAPSHOT = "snapshot";
    private static final Set<Class<?>> RESOLVABLE =
            Set.of(Devnet.class, DeploymentManifest.class, DevnetControl.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<DevnetKind> kind =
                context.getElement()
                        .flatMap(BatonDevnetExtension::annotationOn)
                        .map(BatonDevnet::kind);
        return kind.map(k -> gate(k, DockerAvailability::isAvailable, isCi()))
                .orElse(ConditionEvaluationResult.enabled("no @BatonDevnet here"));
    }

    /**
     * Container devnets need Docker: skip without it locally, but let the test run (and fail) on
     * CI.
     */
    static ConditionEvaluationResult gate(
            DevnetKind kind, BooleanSupplier dockerAvailable, boolean ci) {
        if ((kind != DevnetKind.CONTAINER && kind != DevnetKind.ANVIL_CONTAINER)
                || dockerAvailable.getAsBoolean()) {
            return ConditionEvaluationResult.enabled("devnet kind " + kind + " can start");
        }
        if (ci) {
            return ConditionEvaluationResult.enabled(
                    "CI=true: a container devnet without Docker must fail, not be skipped");
        }
        return ConditionEvaluationResult.disabled(
                "no Docker engine reachable: container devnet tests are skipped locally (they fail when CI=true)");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        annotationOn(context.getRequiredTestClass())
                .ifPresent(
                        settings ->
                                context.getStore(NAMESPACE)
                                        .put(FIXTURE, DevnetFixture.start(settings)));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        closeOwnFixture(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Optional<BatonDevnet> onMethod = annotationOn(context.getRequiredTestMethod());
        if (onMethod.isPresent()) {
            context.getStore(NAMESPACE).put(FIXTURE, DevnetFixture.start(onMethod.get()));
            return;
        }
        fixture(context)
                .ifPresent(
                        shared ->
                                context.getStore(NAMESPACE)
                                        .put(SNAPSHOT, shared.devnet().snapshot()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        String snapshot = store.remove(SNAPSHOT, String.class);
        if (snapshot != null) {
            fixture(context).orElseThrow().devnet().revert(snapshot);
        }
        closeOwnFixture(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return RESOLVABLE.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        DevnetFixture fixture =
                fixture(context)
                        .orElseThrow(
                                () ->
                                        new ParameterResolutionException(
                                                "no devnet for parameter "
                                                        + parameter.getParameter()
                                                        + ": annotate the test class or method with @BatonDevnet"));
        Class<?> type = parameter.getParameter().getType();
        if (type == Devnet.class) {
            return fixture.devnet();
        }
        if (type == DevnetControl.class) {
            return fixture.devnet().control();
        }
        if (fixture.manifest() == null) {
            throw new ParameterResolutionException(
                    "@BatonDevnet(deploy = false) deploys nothing: no DeploymentManifest for "
                            + parameter.getParameter());
        }
        return fixture.manifest();
    }

    /**
     * The nearest fixture: the method's own, else the class's (the store looks up through parent
     * contexts).
     */
    private static Optional<DevnetFixture> fixture(ExtensionContext context) {
        return Optional.ofNullable(context.getStore(NAMESPACE).get(FIXTURE, DevnetFixture.class));
    }

    /** Closes the fixture this context started, never one inherited from an enclosing context. */
    private static void closeOwnFixture(ExtensionContext context) {
        DevnetFixture own = context.getStore(NAMESPACE).remove(FIXTURE, DevnetFixture.class);
        if (own != null) {
            own.close();
        }
    }

    private static Optional<BatonDevnet> annotationOn(AnnotatedElement element) {
        return AnnotationSupport.findAnnotation(element, BatonDevnet.class);
    }

    private static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
