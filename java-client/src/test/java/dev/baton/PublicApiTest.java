package dev.baton;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.client.Baton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The client's public API speaks Baton types: no public or protected member of a public class
 * outside {@code dev.baton.internal.*} names a web3j type ({@code org.web3j.*}) in its signature,
 * supertypes included. Scans every class of the main output (the jar when run from one), so a new
 * leak fails here, not in a user's build.
 */
class PublicApiTest {
    private static final String INTERNAL = "dev.baton.internal.";
    private static final String WEB3J = "org.web3j.";

    @Test
    void noPublicSignatureOutsideInternalNamesAWeb3jType() {
        List<String> classes = mainClasses();
        assertThat(classes).as("the scan found the main classes").contains(Baton.class.getName());
        List<String> leaks = new ArrayList<>();
        for (String name : classes) {
            if (name.startsWith(INTERNAL)) {
                continue;
            }
            Class<?> type = load(name);
            if (!isExported(type)) {
                continue;
            }
            leaks.addAll(leaksOf(type));
        }
        assertThat(leaks).as("public signatures naming web3j types").isEmpty();
    }

    @Test
    void theScanSeesALeakWhenThereIsOne() {
        assertThat(leaksOf(Leaky.class)).hasSize(2);
    }

    /**
     * A class with two leaks (a public method and a public field); the private one is not part of
     * the API.
     */
    public static final class Leaky {
        public org.web3j.abi.datatypes.Address leak;

        public List<? extends org.web3j.abi.datatypes.Type<?>> values() {
            return List.of();
        }

        @SuppressWarnings("unused")
        private org.web3j.abi.datatypes.Address hidden() {
            return null;
        }
    }

    /** Public, and every enclosing class public too: reachable from outside the package. */
    private static boolean isExported(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())
                    || c.isAnonymousClass()
                    || c.isLocalClass()
                    || c.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    static List<String> leaksOf(Class<?> type) {
        List<String> leaks = new ArrayList<>();
        boolean extendable =
                !Modifier.isFinal(type.getModifiers()) && !type.isEnum() && !type.isRecord();
        check(leaks, type.getName() + " extends", type.getGenericSuperclass());
        for (Type i : type.getGenericInterfaces()) {
            check(leaks, type.getName() + " implements", i);
        }
        for (Field f : type.getDeclaredFields()) {
            if (visible(f.getModifiers(), extendable) && !f.isSynthetic()) {
                check(leaks, type.getName() + "." + f.getName(), f.getGenericType());
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (visible(m.getModifiers(), extendable) && !m.isSynthetic() && !m.isBridge()) {
                check(leaks, type.getName() + "." + m.getName() + "()", m.getGenericReturnType());
                checkExecutable(leaks, type.getName() + "." + m.getName() + "()", m);
            }
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (visible(c.getModifiers(), extendable) && !c.isSynthetic()) {
                checkExecutable(leaks, type.getName() + ".<init>", c);
            }
        }
        return leaks;
    }

    private static boolean visible(int modifiers, boolean extendable) {
        return Modifier.isPublic(modifiers) || (extendable && Modifier.isProtected(modifiers));
    }

    private static void checkExecutable(List<String> leaks, String where, Executable e) {
        for (Type p : e.getGenericParameterTypes()) {
            check(leaks, where + " parameter", p);
        }
        for (Type x : e.getGenericExceptionTypes()) {
            check(leaks, where + " throws", x);
        }
        for (TypeVariable<?> v : e.getTypeParameters()) {
            check(leaks, where + " type parameter", v);
        }
    }

    private static void check(List<String> leaks, String where, Type type) {
        Set<String> found = new HashSet<>();
        collect(type, found, new HashSet<>());
        for (String name : found) {
            leaks.add(where + ": " + name);
        }
    }

    private static void collect(Type type, Set<String> found, Set<Type> seen) {
        if (type == null || !seen.add(type)) {
            return;
        }
        switch (type) {
            case Class<?> c -> {
                Class<?> base = c;
                while (base.isArray()) {
                    base = base.getComponentType();
                }
                if (base.getName().startsWith(WEB3J)) {
                    found.add(base.getName());
                }
            }
            case ParameterizedType p -> {
                collect(p.getRawType(), found, seen);
                collect(p.getOwnerType(), found, seen);
                for (Type a : p.getActualTypeArguments()) {
                    collect(a, found, seen);
                }
            }
            case WildcardType w -> {
                for (Type b : w.getUpperBounds()) {
                    collect(b, found, seen);
                }
                for (Type b : w.getLowerBounds()) {
                    collect(b, found, seen);
                }
            }
            case GenericArrayType g -> collect(g.getGenericComponentType(), found, seen);
            case TypeVariable<?> v -> {
                for (Type b : v.getBounds()) {
                    collect(b, found, seen);
                }
            }
            default -> throw new IllegalStateException("unknown kind of type " + type);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PublicApiTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(
                    name + " is in the main output but cannot be loaded", e);
        }
    }

    /**
     * Every class name under {@code dev/baton} in the directory or jar {@link Baton} was loaded
     * from.
     */
    private static List<String> mainClasses() {
        Path root;
        try {
            root = Path.of(Baton.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try {
            if (Files.isDirectory(root)) {
                return classNames(root);
            }
            try (FileSystem jar = FileSystems.newFileSystem(root)) {
                return classNames(jar.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> classNames(Path root) throws IOException {
        Path base = root.resolve("dev").resolve("baton");
        try (Stream<Path> files = Files.walk(base)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .map(
                            f ->
                                    f.substring(
                                                    f.startsWith("/") ? 1 : 0,
                                                    f.length() - ".class".length())
                                            .replace('/', '.'))
                    .filter(
                            n ->
                                    !n.equals("package-info")
                                            && !n.endsWith(".package-info")
                                            && !n.equals("module-info"))
                    .sorted()
                    .toList();
        }
    }
}
