// Build-time generator, run by exec-maven-plugin in generate-sources as a single-file Java program:
//   java -cp <codegen classpath> GenerateContracts.java <artifacts/contracts> <output dir>
// <package>
// For every deployable contract in the Hardhat artifacts it extracts the ABI and bytecode and runs
// web3j's
// SolidityFunctionWrapperGenerator. It also writes dev.baton.errors.GeneratedErrorTable: every
// custom error of the
// suite as the generated wrapper's CustomError constant (selector and parameter types come from it)
// with the ABI's
// signature and parameter names, from which the client decodes reverts into typed exceptions.
// Nothing it writes is committed.

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.web3j.codegen.SolidityFunctionWrapperGenerator;

public class GenerateContracts {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println(
                    "usage: GenerateContracts <artifacts/contracts dir> <output dir> <package>");
            System.exit(2);
        }
        Path artifacts = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String pkg = args[2];
        if (!Files.isDirectory(artifacts)) {
            System.err.println(
                    "No Hardhat artifacts at "
                            + artifacts
                            + ": run `npx hardhat build` (the Maven root build does).");
            System.exit(1);
        }
        Path abiDir = out.resolveSibling("contracts-abi");
        // The output is exactly what today's artifacts give: a wrapper or error class of a contract
        // or error removed since an earlier build must not survive in target/ and still compile.
        deleteTree(out);
        deleteTree(abiDir);
        Files.createDirectories(abiDir);
        ObjectMapper json = new ObjectMapper();
        Map<String, String> errors = new TreeMap<>();
        Map<String, String> constants = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(artifacts)) {
            files =
                    walk.filter(
                                    p ->
                                            p.toString().endsWith(".json")
                                                    && !p.toString().endsWith(".dbg.json"))
                            .sorted()
                            .toList();
        }
        int generated = 0;
        for (Path file : files) {
            JsonNode artifact = json.readTree(file.toFile());
            if (!artifact.has("abi") || !artifact.has("contractName")) continue;
            String name = artifact.get("contractName").asText();
            String bytecode = artifact.path("bytecode").asText("0x");
            boolean isInterface = name.matches("I[A-Z].*");
            if (bytecode.length() <= 2 && !isInterface)
                continue; // abstract contracts and libraries without code
            Path abi = abiDir.resolve(name + ".abi");
            Path bin = abiDir.resolve(name + ".bin");
            Files.writeString(
                    abi, json.writeValueAsString(artifact.get("abi")), StandardCharsets.UTF_8);
            Files.writeString(
                    bin,
                    bytecode.length() <= 2 ? "" : bytecode.substring(2),
                    StandardCharsets.UTF_8);
            new SolidityFunctionWrapperGenerator(
                            bytecode.length() <= 2 ? null : bin.toFile(),
                            abi.toFile(),
                            out.toFile(),
                            name,
                            pkg,
                            true,
                            false,
                            20)
                    .generate();
            collectErrors(pkg + "." + name, artifact.get("abi"), errors, constants);
            generated++;
        }
        writeErrorTable(out, errors, constants);
        ErrorClassWriter.write(out, errors, constants);
        System.out.println(
                "Generated "
                        + generated
                        + " contract wrappers and "
                        + errors.size()
                        + " custom errors into "
                        + out);
    }

    /**
     * Collects the `error` entries of a generated wrapper's ABI as "Name(type1,type2)" ->
     * "name1,name2", and the wrapper constant web3j generated for each (e.g.
     * dev.baton.internal.contracts.StakeVault.STAKEVAULTZEROAMOUNT_ERROR).
     */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void collectErrors(
            String wrapper,
            JsonNode abi,
            Map<String, String> errors,
            Map<String, String> constants) {
        for (JsonNode entry : abi) {
            if (!"error".equals(entry.path("type").asText())) continue;
            List<String> types = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (JsonNode input : entry.path("inputs")) {
                types.add(canonicalType(input));
                String paramName = input.path("name").asText();
                names.add(paramName.isEmpty() ? "arg" + names.size() : paramName);
            }
            String signature = entry.get("name").asText() + "(" + String.join(",", types) + ")";
            errors.putIfAbsent(signature, String.join(",", names));
            constants.putIfAbsent(
                    signature,
                    wrapper
                            + "."
                            + entry.get("name").asText().toUpperCase(java.util.Locale.ROOT)
                            + "_ERROR");
        }
    }

    private static String canonicalType(JsonNode input) {
        String type = input.get("type").asText();
        if (!type.startsWith("tuple")) return type;
        List<String> parts = new ArrayList<>();
        for (JsonNode component : input.path("components")) parts.add(canonicalType(component));
        return "(" + String.join(",", parts) + ")" + type.substring("tuple".length());
    }

    private static void writeErrorTable(
            Path out, Map<String, String> errors, Map<String, String> constants)
            throws IOException {
        Path dir = out.resolve("dev/baton/errors");
        Files.createDirectories(dir);
        StringBuilder src = new StringBuilder();
        src.append("package dev.baton.errors;\n\n")
                .append("import java.util.List;\n\n")
                .append(
                        "/**\n * Generated from the Hardhat ABIs at build time: every custom error of the suite, as the generated\n")
                .append(
                        " * wrapper's CustomError constant with its signature and parameter names. Do not edit.\n */\n")
                .append("final class GeneratedErrorTable {\n")
                .append("    private GeneratedErrorTable() {}\n\n")
                .append(
                        "    /** One custom error: the wrapper's definition, its canonical signature, its parameter names. */\n")
                .append(
                        "    record Entry(org.web3j.abi.datatypes.CustomError error, String signature, List<String> parameterNames) {}\n\n")
                .append("    static final List<Entry> ENTRIES = List.of(\n");
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, String> e : errors.entrySet()) {
            String names =
                    e.getValue().isEmpty() ? "" : "\"" + e.getValue().replace(",", "\", \"") + "\"";
            rows.add(
                    "            new Entry("
                            + constants.get(e.getKey())
                            + ", \""
                            + e.getKey()
                            + "\", List.of("
                            + names
                            + "))");
        }
        src.append(String.join(",\n", rows)).append(");\n}\n");
        Files.writeString(
                dir.resolve("GeneratedErrorTable.java"), src.toString(), StandardCharsets.UTF_8);
    }
}

/**
 * Writes one exception class per custom error (e.g. StakeVaultInsufficientFreeException) with typed
 * accessors for its arguments, plus GeneratedErrors, the factory the revert decoder calls with the
 * decoded arguments.
 */
class ErrorClassWriter {
    private static final java.util.Set<String> RESERVED =
            java.util.Set.of(
                    "selector",
                    "signature",
                    "arguments",
                    "errorName",
                    "revertData",
                    "getMessage",
                    "toString",
                    "hashCode",
                    "getClass",
                    "notify",
                    "notifyAll",
                    "wait",
                    "getCause",
                    "getStackTrace",
                    "getLocalizedMessage",
                    "fillInStackTrace",
                    "getSuppressed",
                    "addSuppressed",
                    "printStackTrace",
                    "initCause",
                    "equals",
                    "clone",
                    "arg",
                    "addressArg",
                    "uintArg",
                    "class",
                    "default",
                    "new",
                    "return",
                    "this",
                    "super",
                    "int",
                    "long",
                    "byte",
                    "char",
                    "boolean",
                    "final",
                    "static",
                    "public",
                    "private",
                    "protected",
                    "switch",
                    "case",
                    "for",
                    "while",
                    "do",
                    "if",
                    "else",
                    "try",
                    "catch",
                    "throw",
                    "throws",
                    "void",
                    "package",
                    "import",
                    "interface",
                    "enum",
                    "record",
                    "var",
                    "goto",
                    "const",
                    "native",
                    "abstract",
                    "assert",
                    "break",
                    "continue",
                    "double",
                    "float",
                    "short",
                    "finally",
                    "instanceof",
                    "strictfp",
                    "synchronized",
                    "transient",
                    "volatile",
                    "extends",
                    "implements");

    static void write(Path out, Map<String, String> errors, Map<String, String> constants)
            throws IOException {
        Path dir = out.resolve("dev/baton/errors");
        Files.createDirectories(dir);
        Map<String, Integer> seen = new java.util.HashMap<>();
        StringBuilder cases = new StringBuilder();
        for (Map.Entry<String, String> e : errors.entrySet()) {
            String signature = e.getKey();
            String name = signature.substring(0, signature.indexOf('('));
            int count = seen.merge(name, 1, Integer::sum);
            String className = name + (count == 1 ? "" : String.valueOf(count)) + "Exception";
            List<String> types =
                    splitTypes(signature.substring(name.length() + 1, signature.length() - 1));
            List<String> names =
                    e.getValue().isEmpty() ? List.of() : List.of(e.getValue().split(","));
            writeClass(dir, className, signature, constants.get(signature), types, names);
            cases.append("            case \"")
                    .append(signature)
                    .append("\" -> new ")
                    .append(className)
                    .append("(arguments, revertData);\n");
        }
        String factory =
                "package dev.baton.errors;\n\nimport java.util.Map;\n\n"
                        + "/** Generated: builds the typed exception of a decoded custom error. Do not edit. */\n"
                        + "final class GeneratedErrors {\n    private GeneratedErrors() {}\n\n"
                        + "    static CustomErrorException create(String signature, String selector, Map<String, Object> arguments,"
                        + " String revertData) {\n        return switch (signature) {\n"
                        + cases
                        + "            default -> new CustomErrorException(signature, selector, arguments, revertData);\n"
                        + "        };\n    }\n}\n";
        Files.writeString(dir.resolve("GeneratedErrors.java"), factory, StandardCharsets.UTF_8);
    }

    private static void writeClass(
            Path dir,
            String className,
            String signature,
            String constant,
            List<String> types,
            List<String> names)
            throws IOException {
        StringBuilder src =
                new StringBuilder("package dev.baton.errors;\n\nimport java.util.Map;\n\n");
        src.append("/** Generated: the custom error {@code ")
                .append(signature)
                .append("}. Do not edit. */\n")
                .append("public final class ")
                .append(className)
                .append(" extends CustomErrorException {\n")
                .append("    public static final String SIGNATURE = \"")
                .append(signature)
                .append("\";\n")
                .append(
                        "    /** The 4-byte selector (0x hex), from the generated wrapper's {@code ")
                .append(
                        constant.substring(
                                constant.lastIndexOf('.', constant.lastIndexOf('.') - 1) + 1))
                .append("}. */\n")
                .append(
                        "    public static final String SELECTOR =\n            org.web3j.abi.CustomErrorEncoder.encode(")
                .append(constant)
                .append(").substring(0, 10);\n\n")
                .append("    public ")
                .append(className)
                .append("(Map<String, Object> arguments, String revertData) {\n")
                .append("        super(SIGNATURE, SELECTOR, arguments, revertData);\n    }\n");
        for (int i = 0; i < names.size(); i++) {
            String param = names.get(i);
            String method = RESERVED.contains(param) ? param + "Arg" : param;
            String javaType = javaType(types.get(i));
            src.append("\n    /** The {@code ")
                    .append(types.get(i))
                    .append(" ")
                    .append(param)
                    .append("} argument. */\n")
                    .append("    public ")
                    .append(javaType)
                    .append(" ")
                    .append(method)
                    .append("() {\n")
                    .append("        return (")
                    .append(javaType)
                    .append(") arg(\"")
                    .append(param)
                    .append("\");\n    }\n");
        }
        src.append("}\n");
        Files.writeString(dir.resolve(className + ".java"), src.toString(), StandardCharsets.UTF_8);
    }

    /** The Java type the revert decoder produces for a Solidity type (see CustomErrorException). */
    private static String javaType(String solidityType) {
        if (solidityType.endsWith("]") || solidityType.startsWith("(")) return "Object";
        if (solidityType.equals("address")) return "dev.baton.types.Address";
        if (solidityType.startsWith("uint") || solidityType.startsWith("int"))
            return "java.math.BigInteger";
        if (solidityType.equals("bool")) return "Boolean";
        return "String"; // string, bytes, bytesN (hex)
    }

    private static List<String> splitTypes(String list) {
        List<String> types = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : list.toCharArray()) {
            if (c == '(') depth++;
            if (c == ')') depth--;
            if (c == ',' && depth == 0) {
                types.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) types.add(current.toString());
        return types;
    }
}
