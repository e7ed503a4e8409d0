// Build-time generator, run by exec-maven-plugin in generate-sources as a single-file Java program:
//   java -cp <codegen classpath> GenerateContracts.java <artifacts/contracts> <output dir> <package>
// For every deployable contract in the Hardhat artifacts it extracts the ABI and bytecode and runs web3j's
// SolidityFunctionWrapperGenerator. It also writes dev.baton.errors.GeneratedErrorTable: every custom error of the
// suite (name, selector, parameter types and names), from which the client decodes reverts into typed exceptions.
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
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

public class GenerateContracts {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: GenerateContracts <artifacts/contracts dir> <output dir> <package>");
            System.exit(2);
        }
        Path artifacts = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String pkg = args[2];
        if (!Files.isDirectory(artifacts)) {
            System.err.println("No Hardhat artifacts at " + artifacts + ": run `npx hardhat build` (the Maven root build does).");
            System.exit(1);
        }
        Path abiDir = out.resolveSibling("contracts-abi");
        Files.createDirectories(abiDir);
        ObjectMapper json = new ObjectMapper();
        Map<String, String> errors = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(artifacts)) {
            files = walk.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".dbg.json")).sorted().toList();
        }
        int generated = 0;
        for (Path file : files) {
            JsonNode artifact = json.readTree(file.toFile());
            if (!artifact.has("abi") || !artifact.has("contractName")) continue;
            String name = artifact.get("contractName").asText();
            collectErrors(name, artifact.get("abi"), errors);
            String bytecode = artifact.path("bytecode").asText("0x");
            boolean isInterface = name.matches("I[A-Z].*");
            if (bytecode.length() <= 2 && !isInterface) continue; // abstract contracts and libraries without code
            Path abi = abiDir.resolve(name + ".abi");
            Path bin = abiDir.resolve(name + ".bin");
            Files.writeString(abi, json.writeValueAsString(artifact.get("abi")), StandardCharsets.UTF_8);
            Files.writeString(bin, bytecode.length() <= 2 ? "" : bytecode.substring(2), StandardCharsets.UTF_8);
            new SolidityFunctionWrapperGenerator(
                            bytecode.length() <= 2 ? null : bin.toFile(), abi.toFile(), out.toFile(), name, pkg, true, false, 20)
                    .generate();
            generated++;
        }
        writeErrorTable(out, errors);
        System.out.println("Generated " + generated + " contract wrappers and " + errors.size() + " custom errors into " + out);
    }

    /** Collects `error` entries as "Name(type1,type2)" -> "name1,name2" keyed by signature. */
    private static void collectErrors(String contract, JsonNode abi, Map<String, String> errors) {
        for (JsonNode entry : abi) {
            if (!"error".equals(entry.path("type").asText())) continue;
            List<String> types = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (JsonNode input : entry.path("inputs")) {
                types.add(canonicalType(input));
                names.add(input.path("name").asText());
            }
            String signature = entry.get("name").asText() + "(" + String.join(",", types) + ")";
            errors.putIfAbsent(signature, String.join(",", names));
        }
    }

    private static String canonicalType(JsonNode input) {
        String type = input.get("type").asText();
        if (!type.startsWith("tuple")) return type;
        List<String> parts = new ArrayList<>();
        for (JsonNode component : input.path("components")) parts.add(canonicalType(component));
        return "(" + String.join(",", parts) + ")" + type.substring("tuple".length());
    }

    private static void writeErrorTable(Path out, Map<String, String> errors) throws IOException {
        Path dir = out.resolve("dev/baton/errors");
        Files.createDirectories(dir);
        StringBuilder src = new StringBuilder();
        src.append("package dev.baton.errors;\n\n")
                .append("import java.util.List;\n\n")
                .append("/** Generated from the Hardhat ABIs at build time: every custom error of the suite. Do not edit. */\n")
                .append("public final class GeneratedErrorTable {\n")
                .append("    private GeneratedErrorTable() {}\n\n")
                .append("    /** One custom error: 4-byte selector (hex, 0x-prefixed), signature, parameter names. */\n")
                .append("    public record Entry(String selector, String signature, List<String> parameterNames) {}\n\n")
                .append("    public static final List<Entry> ENTRIES = List.of(\n");
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, String> e : errors.entrySet()) {
            String selector = Numeric.toHexString(Hash.sha3(e.getKey().getBytes(StandardCharsets.UTF_8))).substring(0, 10);
            String names = e.getValue().isEmpty() ? "" : "\"" + e.getValue().replace(",", "\", \"") + "\"";
            rows.add("            new Entry(\"" + selector + "\", \"" + e.getKey() + "\", List.of(" + names + "))");
        }
        src.append(String.join(",\n", rows)).append(");\n}\n");
        Files.writeString(dir.resolve("GeneratedErrorTable.java"), src.toString(), StandardCharsets.UTF_8);
    }
}
