package dev.baton.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.web3j.abi.CustomErrorEncoder;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.CustomError;
import org.web3j.abi.datatypes.NumericType;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * The revert decoder's selector table is the generated wrappers' custom errors: every {@code
 * CustomError} constant of every wrapper in {@code dev.baton.internal.contracts} is in it, and one
 * error of each contract decodes to its typed class.
 */
class CustomErrorTableTest {

    private static final String STAKER = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";

    @Test
    void theTableCoversEveryCustomErrorOfEveryGeneratedWrapper() throws Exception {
        Map<String, List<CustomError>> byContract = wrapperErrors();
        int errors = 0;
        for (var contract : byContract.entrySet()) {
            for (CustomError error : contract.getValue()) {
                assertThat(RevertDecoder.knownSelectors())
                        .as(contract.getKey() + "." + error.getName())
                        .contains(selector(error));
                errors++;
            }
        }
        assertThat(byContract)
                .containsKeys(
                        "RollupRegistry", "StakeVault", "BlockMarket", "SlotAuction", "BatonToken");
        assertThat(errors).isGreaterThanOrEqualTo(RevertDecoder.knownSelectors().size());
        // and nothing in the table that no wrapper defines
        assertThat(
                        byContract.values().stream()
                                .flatMap(List::stream)
                                .map(CustomErrorTableTest::selector)
                                .distinct())
                .containsExactlyInAnyOrderElementsOf(RevertDecoder.knownSelectors());
    }

    @Test
    void theTablesSignaturesHashToTheWrappersSelectors() {
        for (GeneratedErrorTable.Entry entry : GeneratedErrorTable.ENTRIES) {
            String fromSignature =
                    Numeric.toHexString(
                                    Hash.sha3(entry.signature().getBytes(StandardCharsets.UTF_8)))
                            .substring(0, 10);
            assertThat(RevertDecoder.selector(entry))
                    .as(entry.signature())
                    .isEqualTo(fromSignature);
            assertThat(entry.parameterNames())
                    .as(entry.signature())
                    .hasSize(entry.error().getParameters().size());
        }
    }

    @Test
    void oneErrorOfEachContractDecodesToItsTypedException() throws Exception {
        for (var contract : wrapperErrors().entrySet()) {
            Optional<CustomError> simple =
                    contract.getValue().stream()
                            .filter(CustomErrorTableTest::hasSimpleArguments)
                            .findFirst();
            if (simple.isEmpty()) {
                continue;
            }
            CustomError error = simple.get();
            List<Type> args = new ArrayList<>();
            for (TypeReference<Type> param : error.getParameters()) {
                args.add(sample(param.getClassType()));
            }
            String data = selector(error) + FunctionEncoder.encodeConstructor(args);

            ContractRevertException decoded = RevertDecoder.decode(data, null);

            assertThat(decoded)
                    .as(contract.getKey() + "." + error.getName())
                    .isInstanceOf(CustomErrorException.class);
            CustomErrorException custom = (CustomErrorException) decoded;
            assertThat(custom.errorName()).isEqualTo(error.getName());
            assertThat(custom.getClass().getSimpleName())
                    .startsWith(error.getName())
                    .endsWith("Exception");
            assertThat(custom.arguments()).hasSize(args.size());
        }
    }

    private static String selector(CustomError error) {
        return CustomErrorEncoder.encode(error).substring(0, 10);
    }

    /** Every generated wrapper class's public static CustomError constants, by contract name. */
    static Map<String, List<CustomError>> wrapperErrors()
            throws IOException, URISyntaxException, ReflectiveOperationException {
        Path classes =
                Path.of(
                                dev.baton.internal.contracts.RollupRegistry.class
                                        .getProtectionDomain()
                                        .getCodeSource()
                                        .getLocation()
                                        .toURI())
                        .resolve("dev/baton/internal/contracts");
        Map<String, List<CustomError>> out = new TreeMap<>();
        List<String> names;
        try (Stream<Path> files = Files.list(classes)) {
            names =
                    files.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".class") && !n.contains("$"))
                            .map(n -> n.substring(0, n.length() - ".class".length()))
                            .sorted()
                            .toList();
        }
        for (String name : names) {
            Class<?> wrapper = Class.forName("dev.baton.internal.contracts." + name);
            List<CustomError> errors = new ArrayList<>();
            for (Field field : wrapper.getFields()) {
                if (Modifier.isStatic(field.getModifiers())
                        && field.getType() == CustomError.class) {
                    errors.add((CustomError) field.get(null));
                }
            }
            if (!errors.isEmpty()) {
                out.put(name, errors);
            }
        }
        return out;
    }

    private static boolean hasSimpleArguments(CustomError error) {
        return error.getParameters().stream()
                .allMatch(
                        p -> {
                            try {
                                Class<?> type = p.getClassType();
                                return NumericType.class.isAssignableFrom(type)
                                        || type == Address.class
                                        || type == Bool.class
                                        || type == Bytes32.class;
                            } catch (ClassNotFoundException e) {
                                return false;
                            }
                        });
    }

    private static Type sample(Class<?> type) throws ReflectiveOperationException {
        if (type == Address.class) {
            return new Address(STAKER);
        }
        if (type == Bool.class) {
            return new Bool(true);
        }
        if (type == Bytes32.class) {
            return new Bytes32(new byte[32]);
        }
        return (Type) type.getConstructor(BigInteger.class).newInstance(BigInteger.valueOf(7));
    }
}
