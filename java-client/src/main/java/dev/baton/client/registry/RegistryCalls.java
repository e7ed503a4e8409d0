package dev.baton.client.registry;

import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.Mechanism;
import dev.baton.model.request.RollupRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.web3j.crypto.Hash;

/** Calldata for {@code IRollupRegistry} and the mechanism ids, written by hand against the interface's signatures. */
final class RegistryCalls {

    static final String REGISTER =
            "register(((uint8,uint8,uint8,uint8,uint8),uint32,uint32,(address,uint128,uint96)[],bytes32,bytes))";
    /** {@code RollupRegistered(uint64,address,address,Request)}: the topic of the registration event. */
    static final String ROLLUP_REGISTERED_EVENT = "RollupRegistered(uint64,address,address,"
            + "((uint8,uint8,uint8,uint8,uint8),uint32,uint32,(address,uint128,uint96)[],bytes32,bytes))";

    private RegistryCalls() {}

    /** {@code register(request)} of a resolved request; names in the selection are resolved through {@code manifest}. */
    static byte[] register(ResolvedRequest resolved, DeploymentManifest manifest) {
        RollupRequest request = resolved.request();
        List<byte[]> tokens = resolved.tokens().stream()
                .map(t -> new AbiWords().address(t.address()).uint(t.minStake()).uint(t.weight()).encode())
                .toList();
        byte[] tuple = new AbiWords()
                .uint(request.settlementLayer().ordinal()).uint(request.daLayer().ordinal())
                .uint(request.vm().ordinal()).uint(request.type().ordinal()).uint(request.purpose().ordinal())
                .uint(request.nbSequencers().min()).uint(request.nbSequencers().max())
                .dynamic(AbiWords.staticArray(tokens))
                .bytes32(mechanismId(resolved.selection().mechanism()))
                .dynamic(AbiWords.dynamicBytes(MechanismParamsCodec.encode(resolved.selection(), manifest)))
                .encode();
        return call(REGISTER, new AbiWords().dynamic(tuple).encode());
    }

    static byte[] rollup(long rollupId) {
        return call("rollup(uint64)", new AbiWords().uint(rollupId).encode());
    }

    static byte[] rollupCount() {
        return call("rollupCount()", new byte[0]);
    }

    static byte[] owner() {
        return call("owner()", new byte[0]);
    }

    static byte[] pause(long rollupId) {
        return call("pause(uint64)", new AbiWords().uint(rollupId).encode());
    }

    static byte[] unpause(long rollupId) {
        return call("unpause(uint64)", new AbiWords().uint(rollupId).encode());
    }

    static byte[] evict(long rollupId, String participant) {
        return call("evict(uint64,address)", new AbiWords().uint(rollupId).address(participant).encode());
    }

    static byte[] reinstate(long rollupId, String participant) {
        return call("reinstate(uint64,address)", new AbiWords().uint(rollupId).address(participant).encode());
    }

    /** {@code params()} of a module: its mechanism parameters. */
    static byte[] moduleParams() {
        return call("params()", new byte[0]);
    }

    /** keccak256 of the mechanism's on-chain name, e.g. keccak256("baton.slot-auction"). */
    static byte[] mechanismId(Mechanism mechanism) {
        return Hash.sha3(mechanism.onChainName().getBytes(StandardCharsets.UTF_8));
    }

    static Mechanism mechanismOf(String mechanismIdHex) {
        byte[] id = AbiWords.bytes(mechanismIdHex);
        return Arrays.stream(Mechanism.values()).filter(m -> Arrays.equals(mechanismId(m), id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown mechanism id " + mechanismIdHex));
    }

    static byte[] selector(String signature) {
        return Arrays.copyOf(Hash.sha3(signature.getBytes(StandardCharsets.UTF_8)), 4);
    }

    static byte[] call(String signature, byte[] arguments) {
        byte[] out = Arrays.copyOf(selector(signature), 4 + arguments.length);
        System.arraycopy(arguments, 0, out, 4, arguments.length);
        return out;
    }
}
