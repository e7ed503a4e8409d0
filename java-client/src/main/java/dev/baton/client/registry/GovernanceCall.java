package dev.baton.client.registry;

import java.util.Arrays;
import java.util.Objects;
import org.web3j.crypto.Hash;

/**
 * A registry call that only governance may make (pause, unpause, evict, reinstate), wrapped for the governance
 * timelock (OpenZeppelin's {@code TimelockController}): a proposer {@link #schedule}s it, anyone allowed to execute
 * {@link #execute}s it once the timelock's delay has passed. The same target, calldata and salt give the same
 * operation id, so scheduling and executing can happen in separate runs without storing anything.
 *
 * @param registry the RollupRegistry address (the call's target)
 * @param data the registry calldata, e.g. {@code pause(3)}
 * @param salt 32 bytes telling apart repeated identical operations (e.g. a second pause after an unpause)
 */
public record GovernanceCall(String registry, byte[] data, byte[] salt) {

    private static final byte[] NO_PREDECESSOR = new byte[32];

    public GovernanceCall {
        Objects.requireNonNull(registry, "registry");
        data = data.clone();
        if (salt.length != 32) throw new IllegalArgumentException("salt must be 32 bytes, got " + salt.length);
        salt = salt.clone();
    }

    /** The timelock's operation id: keccak256(abi.encode(target, value, data, predecessor, salt)). */
    public String operationId() {
        return AbiWords.hex(Hash.sha3(operationArguments().encode()));
    }

    /** {@code schedule(target, 0, data, 0, salt, delay)} on the timelock. */
    byte[] schedule(long delaySeconds) {
        return RegistryCalls.call("schedule(address,uint256,bytes,bytes32,bytes32,uint256)",
                operationArguments().uint(delaySeconds).encode());
    }

    /** {@code execute(target, 0, data, 0, salt)} on the timelock. */
    byte[] execute() {
        return RegistryCalls.call("execute(address,uint256,bytes,bytes32,bytes32)", operationArguments().encode());
    }

    private AbiWords operationArguments() {
        return new AbiWords().address(registry).uint(0).dynamic(AbiWords.dynamicBytes(data))
                .bytes32(NO_PREDECESSOR).bytes32(salt);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GovernanceCall g && registry.equalsIgnoreCase(g.registry)
                && Arrays.equals(data, g.data) && Arrays.equals(salt, g.salt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(registry.toLowerCase(java.util.Locale.ROOT), Arrays.hashCode(data), Arrays.hashCode(salt));
    }

    @Override
    public String toString() {
        return "GovernanceCall[registry=" + registry + ", data=" + AbiWords.hex(data) + ", salt=" + AbiWords.hex(salt)
                + "]";
    }
}
