package dev.baton.cli.demo;

import java.math.BigDecimal;

/**
 * One actor of the demo, signing with a development account (the demo runs on a devnet only).
 *
 * @param name display name
 * @param role sequencer, prover, proposer or delegator
 * @param devKeyIndex the Hardhat development account it signs with
 * @param stake what it deposits in the vault, in whole tokens
 */
public record Participant(String name, String role, int devKeyIndex, BigDecimal stake) {
    /** Account 0 deploys and runs the operator's calls (mint, fund rewards, seal, finalise). */
    public static final int OPERATOR_KEY = 0;
}
