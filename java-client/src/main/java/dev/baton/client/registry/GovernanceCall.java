package dev.baton.client.registry;

import dev.baton.internal.registry.TimelockAbi;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A registry call that only governance may make (pause, unpause, evict, reinstate), wrapped for the
 * governance timelock (OpenZeppelin's {@code TimelockController}): a proposer {@link #schedule}s
 * it, anyone allowed to execute {@link #execute}s it once the timelock's delay has passed. The same
 * target, calldata and salt give the same operation id, so scheduling and executing can happen in
 * separate runs without storing anything.
 *
 * @param registry the RollupRegistry address (the call's target)
 * @param data the registry calldata, e.g. {@code pause(3)}
 * @param salt 32 bytes telling apart repeated identical operations (e.g. a second pause after an
 *     unpause)
 */
public record GovernanceCall(String registry, byte[] data, byte[] salt) {

    public GovernanceCall {
        Objects.requireNonNull(registry, "registry");
        data = data.clone();
        if (salt.length != 32) {
            throw new IllegalArgumentException("salt must be 32 bytes, got " + salt.length);
        }
        salt = salt.clone();
    }

    /**
     * The timelock's operation id: keccak256(abi.encode(target, value, data, predecessor, salt)),
     * 0x hex.
     */
    public String operationId() {
        return hex(operationIdBytes());
    }

    byte[] operationIdBytes() {
        return TimelockAbi.operationId(registry, data, salt);
    }

    /** {@code schedule(target, 0, data, 0, salt, delay)} calldata for the timelock. */
    String schedule(long delaySeconds) {
        return TimelockAbi.schedule(registry, data, salt, delaySeconds);
    }

    /** {@code execute(target, 0, data, 0, salt)} calldata for the timelock. */
    String execute() {
        return TimelockAbi.execute(registry, data, salt);
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
        return other instanceof GovernanceCall g
                && registry.equalsIgnoreCase(g.registry)
                && Arrays.equals(data, g.data)
                && Arrays.equals(salt, g.salt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                registry.toLowerCase(java.util.Locale.ROOT),
                Arrays.hashCode(data),
                Arrays.hashCode(salt));
    }

    @Override
    public String toString() {
        return "GovernanceCall[registry="
                + registry
                + ", data="
                + hex(data)
                + ", salt="
                + hex(salt)
                + "]";
    }

    private static String hex(byte[] bytes) {
        return "0x" + HexFormat.of().formatHex(bytes);
    }
}
