package dev.baton.client;

import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * Calldata by function name and results by Solidity type name: the hand path the generated wrappers replace. Only
 * {@link StakeView} still uses it (StakeClient and TokenClient go through the StakeVault and BatonToken wrappers);
 * delete it once StakeView reads through {@code dev.baton.contracts.StakeVault} too.
 */
@Deprecated
final class Abi {
    private Abi() {}

    static org.web3j.abi.datatypes.Address address(Address a) {
        return new org.web3j.abi.datatypes.Address(a.lowerHex());
    }

    static Uint256 uint256(Amount amount) {
        return new Uint256(amount.value());
    }

    static String encode(String name, Type<?>... args) {
        return FunctionEncoder.encode(new Function(name, List.of(args), List.of()));
    }

    /** Decodes a result made of unsigned integers (static types only), e.g. a struct of uints. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<BigInteger> decodeUints(String hex, String... solidityTypes) {
        List<TypeReference<Type>> refs = new ArrayList<>();
        for (String type : solidityTypes) {
            try {
                refs.add((TypeReference) TypeReference.makeTypeReference(type));
            } catch (ClassNotFoundException e) {
                throw new IllegalArgumentException("unsupported type " + type, e);
            }
        }
        List<Type> values = FunctionReturnDecoder.decode(hex, refs);
        if (values.size() != solidityTypes.length) {
            throw new IllegalStateException("unexpected call result " + hex + " for " + List.of(solidityTypes));
        }
        return values.stream().map(v -> (BigInteger) v.getValue()).toList();
    }
}
