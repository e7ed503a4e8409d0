package dev.baton.client.auction;

/**
 * What became of one of the runner's slots.
 *
 * @param block the latest block when the outcome was decided
 * @param error the last failure's message ({@code null} unless {@link Status#FAILED})
 */
public record SlotOutcome(ScheduledSlot slot, Status status, long block, String error) {
    public enum Status {
        /** The batch is on chain. */
        PUBLISHED,
        /**
         * The slot's blocks passed before a batch could be sent (runner late, or idle on purpose).
         */
        MISSED,
        /** Every attempt inside the slot's blocks failed. */
        FAILED
    }
}
