package dev.baton.cli.rollup;

import dev.baton.cli.ConfigException;
import java.util.HexFormat;
import picocli.CommandLine.Option;

/**
 * How a governance command acts on the timelock: by default it schedules the operation (the signer
 * needs the timelock's proposer role); with {@code --execute} it executes the same operation once
 * the delay has passed.
 */
public final class GovernanceOptions {

    @Option(
            names = "--execute",
            description = "Execute the operation scheduled earlier (after the timelock delay).")
    boolean execute;

    @Option(
            names = "--salt",
            paramLabel = "HEX",
            defaultValue = "0x0",
            description =
                    "Tells repeated identical operations apart (up to 32 bytes of hex; default: ${DEFAULT-VALUE}).")
    String salt;

    byte[] salt() {
        String digits = salt.startsWith("0x") ? salt.substring(2) : salt;
        if (digits.isEmpty() || digits.length() > 64 || !digits.matches("[0-9a-fA-F]+")) {
            throw new ConfigException("--salt must be 1 to 64 hex digits, was \"" + salt + "\"");
        }
        String padded = "0".repeat(64 - digits.length()) + digits;
        return HexFormat.of().parseHex(padded);
    }
}
