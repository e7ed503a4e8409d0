package dev.baton.bench;

import dev.baton.types.Address;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's workload: ERC-20 {@code transfer(to, 1)} calls to distinct, fresh recipients. */
final class Transfers {
    private static final String TRANSFER_SELECTOR = "a9059cbb";

    private Transfers() {}

    /**
     * {@code count} recipients, distinct per phase ({@code salt}) so no phase touches another's
     * storage slots.
     */
    static List<Address> recipients(int salt, int count) {
        List<Address> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(Address.of(String.format("0x%08x%032x", 0xba700000 + salt, i + 1)));
        }
        return out;
    }

    static String calldata(Address to) {
        String addr = to.toString().substring(2).toLowerCase();
        return "0x" + TRANSFER_SELECTOR + "0".repeat(24) + addr + "0".repeat(63) + "1";
    }
}
