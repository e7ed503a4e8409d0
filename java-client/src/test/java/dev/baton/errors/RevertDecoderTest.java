package dev.baton.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.types.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

class RevertDecoderTest {
    private static final String STAKER = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    private static final String TOKEN = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

    @Test
    void decodesAStakeVaultErrorIntoItsGeneratedClassWithTypedArguments() {
        String data =
                encode(
                        StakeVaultInsufficientFreeException.SELECTOR,
                        new org.web3j.abi.datatypes.Address(STAKER),
                        new org.web3j.abi.datatypes.Address(TOKEN),
                        new Uint256(500),
                        new Uint256(100));

        ContractRevertException e = RevertDecoder.decode(data, null);

        assertThat(e).isInstanceOf(StakeVaultInsufficientFreeException.class);
        StakeVaultInsufficientFreeException typed = (StakeVaultInsufficientFreeException) e;
        assertThat(typed.staker()).isEqualTo(Address.of(STAKER));
        assertThat(typed.token()).isEqualTo(Address.of(TOKEN));
        assertThat(typed.requested()).isEqualTo(500);
        assertThat(typed.free()).isEqualTo(100);
        assertThat(typed.errorName()).isEqualTo("StakeVaultInsufficientFree");
        assertThat(typed.arguments()).containsKeys("staker", "token", "requested", "free");
        assertThat(typed.getMessage())
                .contains("StakeVaultInsufficientFree")
                .contains("requested=500");
        assertThat(typed.revertData()).isEqualTo(data);
    }

    @Test
    void decodesErc20AndZeroArgumentErrors() {
        ContractRevertException balance =
                RevertDecoder.decode(
                        encode(
                                ERC20InsufficientBalanceException.SELECTOR,
                                new org.web3j.abi.datatypes.Address(STAKER),
                                new Uint256(0),
                                new Uint256(7)),
                        null);
        assertThat(balance)
                .isInstanceOfSatisfying(
                        ERC20InsufficientBalanceException.class,
                        b -> assertThat(b.needed()).isEqualTo(7));
        assertThat(RevertDecoder.decode(StakeVaultZeroAmountException.SELECTOR, null))
                .isInstanceOf(StakeVaultZeroAmountException.class);
    }

    /**
     * Every custom error of the suite, with arguments made up from its signature, decodes to its
     * own class.
     */
    @Test
    void everyErrorInTheGeneratedTableDecodesToItsOwnType() {
        for (GeneratedErrorTable.Entry entry : GeneratedErrorTable.ENTRIES) {
            List<String> types = parameterTypes(entry.signature());
            List<Type> args = new ArrayList<>();
            for (String type : types) {
                args.add(sample(type));
            }
            String data = encode(RevertDecoder.selector(entry), args.toArray(Type[]::new));

            ContractRevertException e = RevertDecoder.decode(data, null);

            assertThat(e).as(entry.signature()).isInstanceOf(CustomErrorException.class);
            CustomErrorException custom = (CustomErrorException) e;
            assertThat(custom.signature()).isEqualTo(entry.signature());
            assertThat(custom.getClass().getSimpleName()).startsWith(custom.errorName());
            assertThat(custom.arguments().keySet())
                    .containsExactlyElementsOf(entry.parameterNames());
        }
    }

    @Test
    void decodesErrorStringWithItsReason() {
        ContractRevertException e =
                RevertDecoder.decode(
                        encode("0x08c379a0", new Utf8String("not enough stake")), null);
        assertThat(e)
                .isInstanceOfSatisfying(
                        ErrorStringException.class,
                        s -> assertThat(s.reason()).isEqualTo("not enough stake"));
    }

    @Test
    void decodesPanicWithTheMeaningOfItsCode() {
        PanicException overflow =
                (PanicException)
                        RevertDecoder.decode(encode("0x4e487b71", new Uint256(0x11)), null);
        assertThat(overflow.code()).isEqualTo(BigInteger.valueOf(0x11));
        assertThat(overflow.meaning()).isEqualTo("arithmetic overflow or underflow");
        assertThat(overflow.getMessage()).contains("0x11");
        PanicException odd =
                (PanicException)
                        RevertDecoder.decode(encode("0x4e487b71", new Uint256(0x99)), null);
        assertThat(odd.meaning()).isEqualTo("unknown panic code");
    }

    @Test
    void emptyOrForeignDataIsAnUnknownRevert() {
        assertThat(RevertDecoder.decode("0x", "execution reverted"))
                .isInstanceOf(UnknownRevertException.class)
                .hasMessageContaining("without data")
                .hasMessageContaining("execution reverted");
        assertThat(RevertDecoder.decode("0xdeadbeef00", null))
                .isInstanceOf(UnknownRevertException.class);
        // a known selector with truncated arguments is not silently decoded
        assertThat(RevertDecoder.decode(StakeVaultInsufficientFreeException.SELECTOR + "00", null))
                .isInstanceOf(UnknownRevertException.class);
    }

    /**
     * The parameter types of a canonical signature, e.g. {@code ["address","(uint8,uint32)[]"]}.
     */
    static List<String> parameterTypes(String signature) {
        String inner = signature.substring(signature.indexOf('(') + 1, signature.length() - 1);
        List<String> types = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                types.add(inner.substring(start, i));
                start = i + 1;
            }
        }
        if (!inner.isEmpty()) {
            types.add(inner.substring(start));
        }
        return types;
    }

    private static Type<?> sample(String type) {
        if (type.equals("address")) {
            return new org.web3j.abi.datatypes.Address(STAKER);
        }
        if (type.equals("bool")) {
            return new Bool(true);
        }
        if (type.equals("string")) {
            return new Utf8String("s");
        }
        if (type.startsWith("uint")) {
            return new org.web3j.abi.datatypes.generated.Uint64(42);
        }
        if (type.startsWith("int")) {
            return new org.web3j.abi.datatypes.generated.Int64(-42);
        }
        if (type.equals("bytes32")) {
            return new org.web3j.abi.datatypes.generated.Bytes32(new byte[32]);
        }
        if (type.equals("bytes4")) {
            return new org.web3j.abi.datatypes.generated.Bytes4(new byte[4]);
        }
        throw new IllegalStateException("add a sample for " + type);
    }

    private static String encode(String selector, Type<?>... args) {
        return selector + FunctionEncoder.encodeConstructor(List.of(args));
    }
}
