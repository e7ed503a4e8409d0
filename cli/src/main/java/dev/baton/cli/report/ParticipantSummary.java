package dev.baton.cli.report;

import java.math.BigDecimal;

/**
 * One participant's outcome over the run. Auction fields are null for participants that did not
 * bid.
 *
 * @param name display name (e.g. {@code sequencer-a})
 * @param address its account
 * @param role sequencer, prover, proposer, delegator or operator
 * @param stake deposited stake, in tokens
 * @param slotsWon slots allocated in the epoch
 * @param expectedSlots s·e
 * @param published slots it published
 * @param settlementLocked S', the settlement stake locked (tokens)
 * @param rewards rewards claimed (tokens)
 * @param slashed stake slashed (tokens)
 * @param utility r·k − q·S' (tokens; shown, not charged), null when it did not bid
 */
public record ParticipantSummary(
        String name,
        String address,
        String role,
        BigDecimal stake,
        Integer slotsWon,
        Double expectedSlots,
        Integer published,
        BigDecimal settlementLocked,
        BigDecimal rewards,
        BigDecimal slashed,
        BigDecimal utility) {

    /** The paper's utility r·k − q·S' for k published-and-settled slots. */
    public static BigDecimal utility(
            BigDecimal rewardPerSlot,
            int settledSlots,
            BigDecimal opportunityCost,
            BigDecimal settlementStake) {
        return rewardPerSlot
                .multiply(BigDecimal.valueOf(settledSlots))
                .subtract(opportunityCost.multiply(settlementStake));
    }
}
