package dev.baton.cli.config;

import dev.baton.signer.PasswordSource;
import java.nio.file.Path;

/**
 * Which key the operator signs with, before it is opened (opening needs the chain id from the
 * manifest).
 */
public sealed interface SignerSpec {
    /** No signer configured: read-only commands still work. */
    record None() implements SignerSpec {}

    /** An encrypted V3 wallet file and where its password comes from. */
    record Keystore(Path file, PasswordSource password) implements SignerSpec {}

    /** A well-known development account by index (refused on every chain but the devnet). */
    record DevKey(int index) implements SignerSpec {}
}
