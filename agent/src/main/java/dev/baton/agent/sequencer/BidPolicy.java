package dev.baton.agent.sequencer;

import dev.baton.agent.config.BadConfigValue;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The {@code bid} block of a sequencer agent's file: how much to bid each epoch. Amounts are whole
 * tokens (decimals allowed, e.g. {@code "12.5"}), converted with the token's decimals when the
 * agent starts.
 *
 * <pre>
 * bid:
 *   token: BTN                 # stake token symbol from the manifest (default BTN)
 *   fixed: 100                 # bid this much each epoch, or
 *   shareOfFreeStakeBps: 5000  # bid this share (basis points) of the free vault stake at bidding time,
 *   min: 10                    #   never less (below it: no bid that epoch) ...
 *   max: 500                   #   ... and never more
 *   delegateTo: 0x...          # optional: delegate the stake to this sequencer (bidFor) instead of bidding for itself
 *   maxCommissionBps: 1000     # with delegateTo: the highest commission accepted (required with it)
 * </pre>
 */
public record BidPolicy(
        String token,
        String fixed,
        Integer shareOfFreeStakeBps,
        String min,
        String max,
        String delegateTo,
        Integer maxCommissionBps) {

    public BidPolicy {
        if (token == null) {
            token = "BTN";
        }
        if (token.isBlank()) {
            throw new BadConfigValue("token", "must not be blank");
        }
        if ((fixed == null) == (shareOfFreeStakeBps == null)) {
            throw new BadConfigValue(
                    fixed == null ? "bid" : "shareOfFreeStakeBps",
                    "give exactly one of 'fixed' (an amount) and 'shareOfFreeStakeBps' (basis points of free stake)");
        }
        checkAmount("fixed", fixed);
        checkAmount("min", min);
        checkAmount("max", max);
        if (shareOfFreeStakeBps != null
                && (shareOfFreeStakeBps < 1 || shareOfFreeStakeBps > 10_000)) {
            throw new BadConfigValue(
                    "shareOfFreeStakeBps", shareOfFreeStakeBps + " is outside [1, 10000]");
        }
        if (min != null && max != null && new BigDecimal(min).compareTo(new BigDecimal(max)) > 0) {
            throw new BadConfigValue("min", min + " is above max " + max);
        }
        if (delegateTo != null) {
            try {
                Address.parse("delegateTo", delegateTo);
            } catch (IllegalArgumentException e) {
                throw new BadConfigValue("delegateTo", e.getMessage());
            }
            if (maxCommissionBps == null) {
                throw new BadConfigValue(
                        "delegateTo",
                        "needs maxCommissionBps (the highest commission accepted, 0..10000)");
            }
        }
        if (maxCommissionBps != null) {
            if (delegateTo == null) {
                throw new BadConfigValue(
                        "maxCommissionBps", "applies to a delegated bid only (with delegateTo)");
            }
            if (maxCommissionBps < 0 || maxCommissionBps > 10_000) {
                throw new BadConfigValue(
                        "maxCommissionBps", maxCommissionBps + " is outside [0, 10000]");
            }
        }
    }

    private static void checkAmount(String key, String text) {
        if (text == null) {
            return;
        }
        try {
            if (new BigDecimal(text.trim()).signum() < 0) {
                throw new BadConfigValue(key, text + " is negative");
            }
        } catch (NumberFormatException e) {
            throw new BadConfigValue(
                    key, "'" + text + "' is not an amount in whole tokens (e.g. 100 or 12.5)");
        }
    }

    public Optional<Address> delegate() {
        return Optional.ofNullable(delegateTo).map(Address::of);
    }

    /** The policy in token units, once the token's decimals are known. */
    public Units inUnits(int decimals) {
        return new Units(
                units("fixed", fixed, decimals),
                shareOfFreeStakeBps,
                units("min", min, decimals),
                units("max", max, decimals));
    }

    private static Amount units(String key, String text, int decimals) {
        return text == null ? null : Amount.parse("bid." + key, text.trim(), decimals);
    }

    /**
     * The policy in token units: {@link #amount} is what to bid with {@code free} stake, empty for
     * no bid.
     */
    public record Units(Amount fixed, Integer shareBps, Amount min, Amount max) {
        public Optional<Amount> amount(Amount free) {
            BigInteger want =
                    fixed != null
                            ? fixed.value()
                            : free.value()
                                    .multiply(BigInteger.valueOf(shareBps))
                                    .divide(BigInteger.valueOf(10_000));
            if (max != null && want.compareTo(max.value()) > 0) {
                want = max.value();
            }
            if (min != null && want.compareTo(min.value()) < 0) {
                return Optional.empty();
            }
            if (want.signum() == 0 || want.compareTo(free.value()) > 0) {
                return Optional.empty();
            }
            return Optional.of(Amount.of(want));
        }
    }
}
