package dev.baton.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

class SlotAllocationTest {

    private static EpochKey randomKey(Random random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return EpochKey.of(bytes);
    }

    private static long[] randomUnits(Random random, int entries, int maxUnits) {
        long[] units = new long[entries];
        for (int j = 0; j < entries; j++) {
            units[j] = 1 + random.nextInt(maxUnits);
        }
        return units;
    }

    /**
     * MECHANISM §3.2: with independent strata an entry gets at least floor - 1 and at most ceil + 1
     * of its share.
     */
    @Test
    void everyEpochClearsExactlyItsSlotsAndEachEntryStaysWithinOneOfTheFloorOrCeilingOfItsShare() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            int entries = 1 + random.nextInt(60);
            int slots = 1 + random.nextInt(1024);
            long[] units = randomUnits(random, entries, 1 + random.nextInt(1_000_000));
            StakeLine line = StakeLine.ofUnits(units);
            EpochSchedule schedule = SlotAllocation.schedule(randomKey(random), slots, line);

            int[] counted = new int[entries];
            for (int entry : schedule.entriesBySlot()) {
                counted[entry]++;
            }
            int sum = 0;
            for (int j = 0; j < entries; j++) {
                long floor = units[j] * slots / line.total();
                boolean exact = units[j] * slots % line.total() == 0;
                long ceil = exact ? floor : floor + 1;
                assertThat((long) counted[j]).isBetween(Math.max(0, floor - 1), ceil + 1);
                assertThat(schedule.slotCountOf(j)).isEqualTo(counted[j]);
                sum += counted[j];
            }
            assertThat(sum).isEqualTo(slots);
        }
    }

    @Test
    void slotsOfPartitionsTheEpochAndAgreesWithEntryOfSlot() {
        Random random = new Random(3);
        EpochSchedule schedule =
                SlotAllocation.schedule(
                        randomKey(random), 1024, StakeLine.ofUnits(randomUnits(random, 500, 5000)));
        BitSet covered = new BitSet(1024);
        for (int entry = 0; entry < schedule.entryCount(); entry++) {
            int[] slots = schedule.slotsOf(entry);
            assertThat(slots).isSorted();
            for (int slot : slots) {
                assertThat(covered.get(slot)).isFalse();
                covered.set(slot);
                assertThat(schedule.entryOfSlot(slot)).isEqualTo(entry);
            }
        }
        assertThat(covered.cardinality()).isEqualTo(1024);
    }

    /**
     * The one-pass schedule equals the per-slot path the contract takes: permute, position, search.
     */
    @Test
    void onePassScheduleEqualsPerSlotLookup() {
        Random random = new Random(11);
        for (int round = 0; round < 20; round++) {
            EpochKey key = randomKey(random);
            int slots = 1 + random.nextInt(2048);
            StakeLine line =
                    StakeLine.ofUnits(
                            randomUnits(
                                    random, 1 + random.nextInt(3000), 1 + random.nextInt(90_000)));
            EpochSchedule schedule = SlotAllocation.schedule(key, slots, line);
            SlotPermutation permutation = SlotPermutation.of(key, slots);
            for (int t = 0; t < slots; t++) {
                int item = permutation.permute(t);
                // The item's offset and position computed here from the spec (web3j keccak,
                // BigInteger), not by the code under test.
                byte[] input = new byte[40];
                System.arraycopy(key.bytes(), 0, input, 0, 32);
                System.arraycopy("offset".getBytes(), 0, input, 32, 6);
                input[38] = (byte) (item >>> 8);
                input[39] = (byte) item;
                BigInteger total = BigInteger.valueOf(line.total());
                BigInteger u = new BigInteger(1, Hash.sha3(input)).mod(total);
                long position =
                        BigInteger.valueOf(item)
                                .multiply(total)
                                .add(u)
                                .divide(BigInteger.valueOf(slots))
                                .longValueExact();
                int entry = line.entryAt(position);
                assertThat(schedule.entryOfSlot(t)).isEqualTo(entry);
                assertThat(schedule.itemsOf(entry).contains(item)).isTrue();
                assertThat(schedule.slotOfItem(item)).isEqualTo(t);
            }
        }
    }

    @Test
    void offsetIsTheKeyedHashOfTheItemModuloTheTotal() {
        Random random = new Random(5);
        long[] totals = {
            1, 2, 53, 350_001, (1L << 31) - 1, 1L << 31, (1L << 55) - 1, 1L << 55, Long.MAX_VALUE
        };
        for (long total : totals) {
            EpochKey key = randomKey(random);
            int m = random.nextInt(65_536);
            byte[] input = new byte[40];
            System.arraycopy(key.bytes(), 0, input, 0, 32);
            System.arraycopy("offset".getBytes(), 0, input, 32, 6);
            input[38] = (byte) (m >>> 8);
            input[39] = (byte) m;
            long expected =
                    new BigInteger(1, Hash.sha3(input))
                            .mod(BigInteger.valueOf(total))
                            .longValueExact();
            assertThat(SlotAllocation.offset(key, total, m)).isEqualTo(expected);
        }
    }

    @Test
    void anEntryAloneTakesEverySlot() {
        EpochSchedule schedule =
                SlotAllocation.schedule(EpochKey.ofSeed(BigInteger.TEN), 32, StakeLine.ofUnits(9));
        assertThat(schedule.entriesBySlot()).containsOnly(0);
        assertThat(schedule.slotsOf(0)).hasSize(32);
        assertThat(schedule.itemsOf(0)).isEqualTo(new ItemRange(0, 32));
    }

    @Test
    void rejectsEmptyLinesAndOverflowingTotals() {
        EpochKey key = EpochKey.ofSeed(BigInteger.ONE);
        assertThatThrownBy(() -> SlotAllocation.schedule(key, 4, StakeLine.ofUnits()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                SlotAllocation.schedule(
                                        key, 1024, StakeLine.ofUnits(Long.MAX_VALUE / 512)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overflows");
        assertThatThrownBy(() -> SlotAllocation.offset(key, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void epochKeyOfSeedIsTheSeedWidenedToBytes32() {
        EpochKey key = EpochKey.ofSeed(new BigInteger("1234567890abcdef12345678", 16));
        assertThat(key.toHex())
                .isEqualTo("0x00000000000000000000000000000000000000001234567890abcdef12345678");
        assertThat(EpochKey.fromHex(key.toHex())).isEqualTo(key);
        BigInteger max = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
        assertThat(EpochKey.ofSeed(max).toHex()).isEqualTo("0x" + "ff".repeat(32));
        assertThatThrownBy(() -> EpochKey.ofSeed(max.add(BigInteger.ONE)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
