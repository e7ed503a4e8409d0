package dev.baton.client.auction;

import dev.baton.types.Address;

/**
 * A {@code SequencerDisplaced} event of the slot auction (MECHANISM.md §3.4a): in an epoch capped
 * by stake, a newcomer whose first bid exceeded the smallest total of a full cap took that total's
 * place.
 *
 * @param epoch the epoch
 * @param displaced the sequencer that lost its place (its entries hold no slot; its bid locks
 *     expire with every bid lock at the end of the seal window)
 * @param by the newcomer that took the place
 * @param place the place number
 * @param displacedTotal the displaced sequencer's total, in stake units (the bid that was beaten)
 * @param blockNumber the block of the displacing bid
 */
public record Displacement(
        long epoch,
        Address displaced,
        Address by,
        int place,
        long displacedTotal,
        long blockNumber) {}
