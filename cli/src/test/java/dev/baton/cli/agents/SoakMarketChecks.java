package dev.baton.cli.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.client.market.MarketView;
import dev.baton.internal.contracts.BlockMarket;
import dev.baton.types.Address;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The soak's market checks, from the market's events and views only: every height finalised once
 * with a winner (no uncle; no round restarted but the empty one after the last height), each prover
 * agent's assignment credited once per height and the withholder's slashed once, nothing disputed;
 * the pool, the credits and the claims conserved to the wei; each bonded account's stake moved by
 * exactly its slashes and burns. Returns the per-height table.
 *
 * @param provers the prover agents' addresses
 * @param withholder the test's withholding prover
 * @param accounts every account the market may credit (provers, withholder, proposer)
 */
record SoakMarketChecks(
        EventLogs logs,
        MarketView view,
        List<Address> provers,
        Address withholder,
        Address proposer,
        List<Address> accounts) {

    private static final BigInteger BPS = BigInteger.valueOf(10_000);

    /** What the chain shows, checked; {@code stakeMoved} is each account's stake after - before. */
    String check(
            int heights,
            Map<Address, BigInteger> stakeMoved,
            BigInteger marketBalance,
            Map<Address, Long> sent)
            throws IOException {
        Map<Long, BigInteger[]> rows = new TreeMap<>(); // burned, reward, pot, credited, slashed
        BigInteger paid = BigInteger.ZERO;
        BigInteger burned = BigInteger.ZERO;
        for (List<String> log : logs.of(BlockMarket.BLOCKFINALISED_EVENT)) {
            long height = EventLogs.num(log.get(1));
            assertThat(EventLogs.address(log.get(3))).isEqualTo(proposer);
            BigInteger[] row = {
                EventLogs.word(log.get(0), 1),
                EventLogs.word(log.get(0), 2),
                EventLogs.word(log.get(0), 3),
                BigInteger.ZERO,
                BigInteger.ZERO
            };
            assertThat(rows.put(height, row)).as("height %d finalised twice", height).isNull();
            paid = paid.add(row[1]);
            burned = burned.add(row[0]);
        }
        assertThat(rows.keySet()).as("heights finalised").hasSize(heights);
        assertThat(rows.keySet()).allMatch(h -> h >= 1 && h <= heights);
        // Finalising a height opens the next one's round: nobody proposes after the last height, so
        // the keeper may finalise that empty round once (which restarts it, to open at the next
        // commit). No other round restarts.
        List<List<String>> restarts = logs.of(BlockMarket.ROUNDRESTARTED_EVENT);
        assertThat(restarts).as("rounds restarted").hasSizeLessThanOrEqualTo(1);
        for (List<String> log : restarts) {
            assertThat(EventLogs.num(log.get(1))).as("restarted round").isEqualTo(heights + 1L);
        }
        assertThat(logs.of(BlockMarket.UNCLEREWARDED_EVENT)).as("uncles").isEmpty();
        assertThat(logs.of(BlockMarket.SLASHDISPUTED_EVENT)).as("disputes").isEmpty();

        Map<Address, BigInteger> credited = new HashMap<>();
        Map<Address, Long> transactions = new HashMap<>();
        Set<String> settled = new HashSet<>();
        for (List<String> log : logs.of(BlockMarket.PROVERREWARDCREDITED_EVENT)) {
            long height = EventLogs.num(log.get(1));
            Address prover = EventLogs.address(log.get(3));
            String key = height + "/" + log.get(2) + "/" + EventLogs.word(log.get(0), 0);
            assertThat(settled.add(key)).as("assignment %s credited twice", key).isTrue();
            assertThat(provers).as("credited at height %d", height).contains(prover);
            BigInteger amount = EventLogs.word(log.get(0), 1);
            rows.get(height)[3] = rows.get(height)[3].add(amount);
            credited.merge(prover, amount, BigInteger::add);
            transactions.merge(prover, 1L, Long::sum);
        }
        Map<Address, Integer> slashes = new HashMap<>();
        BigInteger slashed = BigInteger.ZERO;
        for (List<String> log : logs.of(BlockMarket.PROVERSLASHED_EVENT)) {
            long height = EventLogs.num(log.get(1));
            Address prover = EventLogs.address(log.get(3));
            String key = height + "/" + log.get(2) + "/" + EventLogs.word(log.get(0), 0);
            assertThat(settled.add(key)).as("assignment %s settled twice", key).isTrue();
            assertThat(prover).as("slashed at height %d", height).isEqualTo(withholder);
            BigInteger amount = EventLogs.word(log.get(0), 1);
            rows.get(height)[4] = rows.get(height)[4].add(amount);
            slashed = slashed.add(amount);
            slashes.merge(prover, 1, Integer::sum);
        }
        assertThat(settled)
                .as("every assignment of every height settled once")
                .hasSize(2 * heights + 1);
        assertThat(slashes.get(withholder)).as("the withholder slashed once").isEqualTo(1);
        assertThat(rows.get(SoakProposer.WITHHELD_HEIGHT)[4].signum())
                .as("the withholder slashed at the height it withheld")
                .isPositive();

        BigInteger dust = BigInteger.ZERO;
        for (Map.Entry<Long, BigInteger[]> e : rows.entrySet()) {
            BigInteger[] row = e.getValue();
            assertThat(row[2])
                    .as("height %d's prover pot: the reward's prover share", e.getKey())
                    .isEqualTo(
                            row[1].multiply(BigInteger.valueOf(SoakProposer.PROVER_BPS))
                                    .divide(BPS));
            BigInteger left = row[2].subtract(row[3]);
            assertThat(left.signum())
                    .as("height %d credited beyond its pot", e.getKey())
                    .isNotNegative();
            assertThat(left)
                    .as("height %d's rounding left in its pot", e.getKey())
                    .isLessThan(BigInteger.TWO);
            dust = dust.add(left);
        }

        BigInteger funded = sum(BlockMarket.REWARDSFUNDED_EVENT, 0);
        assertThat(view.rewardsAvailable().value().add(paid))
                .as("pool: available + paid out == funded, to the wei")
                .isEqualTo(funded);
        BigInteger claimed = BigInteger.ZERO;
        BigInteger claimable = BigInteger.ZERO;
        for (Address a : accounts) {
            BigInteger byA = claimed(a, transactions);
            BigInteger left = view.claimable(a).value();
            claimed = claimed.add(byA);
            claimable = claimable.add(left);
            if (provers.contains(a)) {
                assertThat(byA.add(left))
                        .as("prover %s: claims + claimable == its credits, to the wei", a)
                        .isEqualTo(credited.get(a));
                assertThat(byA.signum()).as("prover %s claimed", a).isPositive();
                assertThat(sent.get(a))
                        .as("prover %s sent its credits and claims, nothing else", a)
                        .isEqualTo(transactions.get(a));
            }
        }
        assertThat(claimed.add(claimable).add(dust))
                .as("claims + claimable + rounding == paid out, to the wei")
                .isEqualTo(paid);
        assertThat(marketBalance)
                .as("the market's tokens == funded - claimed, to the wei")
                .isEqualTo(funded.subtract(claimed));
        for (Address p : provers) {
            assertThat(stakeMoved.get(p)).as("a prover's bond untouched").isZero();
        }
        assertThat(stakeMoved.get(withholder))
                .as("the withholder's stake: its slashes")
                .isEqualTo(slashed.negate());
        assertThat(stakeMoved.get(proposer))
                .as("the proposer's stake: its burns")
                .isEqualTo(burned.negate());
        return table(rows, funded, paid, claimed, claimable, dust);
    }

    /** The claims of {@code account} (RewardClaimed's indexed account). */
    private BigInteger claimed(Address account, Map<Address, Long> transactions)
            throws IOException {
        BigInteger out = BigInteger.ZERO;
        for (List<String> log : logs.of(BlockMarket.REWARDCLAIMED_EVENT)) {
            if (EventLogs.address(log.get(1)).equals(account)) {
                transactions.merge(account, 1L, Long::sum);
                BigInteger amount = EventLogs.word(log.get(0), 0);
                assertThat(amount.signum()).as("a claim paid nothing").isPositive();
                out = out.add(amount);
            }
        }
        return out;
    }

    private BigInteger sum(org.web3j.abi.datatypes.Event event, int word) throws IOException {
        BigInteger out = BigInteger.ZERO;
        for (List<String> log : logs.of(event)) {
            out = out.add(EventLogs.word(log.get(0), word));
        }
        return out;
    }

    private static String table(
            Map<Long, BigInteger[]> rows,
            BigInteger funded,
            BigInteger paid,
            BigInteger claimed,
            BigInteger claimable,
            BigInteger dust) {
        StringBuilder out =
                new StringBuilder(
                        String.format(
                                "Market (%d heights, BTN)%n%-7s %10s %10s %12s %12s %10s%n",
                                rows.size(),
                                "height",
                                "burned",
                                "reward",
                                "prover pot",
                                "credited",
                                "slashed"));
        rows.forEach(
                (h, r) ->
                        out.append(
                                String.format(
                                        Locale.ROOT,
                                        "%-7d %10s %10s %12s %12s %10s%n",
                                        h,
                                        tokens(r[0]),
                                        tokens(r[1]),
                                        tokens(r[2]),
                                        tokens(r[3]),
                                        tokens(r[4]))));
        out.append(
                String.format(
                        Locale.ROOT,
                        "funded %s = available %s + paid %s; paid = claimed %s + claimable %s + rounding %d wei%n",
                        tokens(funded),
                        tokens(funded.subtract(paid)),
                        tokens(paid),
                        tokens(claimed),
                        tokens(claimable),
                        dust));
        return out.toString();
    }

    private static String tokens(BigInteger wei) {
        return new BigDecimal(wei)
                .movePointLeft(18)
                .setScale(4, java.math.RoundingMode.DOWN)
                .toPlainString();
    }
}
