package dev.baton.agent.auction;

import dev.baton.agent.runtime.Duty;
import dev.baton.agent.runtime.StatusContributor;
import dev.baton.agent.runtime.StatusPanel;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.BlockWindow;
import dev.baton.client.auction.EpochStatus;
import dev.baton.types.Address;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Watches a slot auction for the status page, sending nothing: on each head, the slot map of the
 * current epoch (the one whose slots the next block belongs to) and of the previous one, each slot
 * with its owner and outcome as of that head, and, when the agent is a sequencer ({@code self}
 * given), its next own slots in the current and next epoch. A slot is published when its bit is
 * set, missed once its last block is mined without it, else pending. Costs per head: one status
 * read per shown epoch and one bitmap read per 256 slots; an epoch's owners are read once, when it
 * is first seen elected.
 */
public final class AuctionSlotsWatch implements Duty, StatusContributor {
    static final int MAX_OWN_SLOTS = 16;

    private final SlotsChain chain;
    private final Optional<Address> self;
    private final Map<Long, List<Address>> owners = new HashMap<>();
    private AuctionTimeline timeline;
    private volatile List<StatusPanel> panels = List.of();
    private volatile Map<String, Object> status = Map.of();

    public AuctionSlotsWatch(SlotsChain chain, Optional<Address> self) {
        this.chain = chain;
        this.self = self;
    }

    @Override
    public String name() {
        return "slots";
    }

    @Override
    public void onHead(long block) {
        if (timeline == null) {
            timeline = chain.timeline();
        }
        long current = currentEpoch(timeline, block);
        owners.keySet().removeIf(epoch -> epoch < current - 1);
        List<StatusPanel> next = new ArrayList<>();
        StatusPanel.SlotMap now =
                slotMap("slots-current", "Slot map, current epoch", current, block);
        next.add(now);
        StatusPanel.SlotMap previous =
                current > 0
                        ? slotMap("slots-previous", "Slot map, previous epoch", current - 1, block)
                        : null;
        if (previous != null) {
            next.add(previous);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("atBlock", block);
        view.put("currentEpoch", current);
        view.put("currentStatus", now.status());
        view.put("current", counts(now));
        if (previous != null) {
            view.put("previous", counts(previous));
        }
        if (self.isPresent()) {
            List<StatusPanel.Row> own = new ArrayList<>();
            addOwn(own, now);
            if (own.size() < MAX_OWN_SLOTS) {
                addOwn(own, slotMap("slots-next", "", current + 1, block));
            }
            next.add(
                    new StatusPanel.Table(
                            "own-slots",
                            "Next own slots of " + self.get(),
                            List.of("epoch", "slot", "blocks", "state"),
                            own));
            view.put("nextOwnSlots", own.size());
        }
        panels = List.copyOf(next);
        status = view;
    }

    /**
     * The epoch whose slots the block after {@code head} belongs to (epoch 0 before the first
     * slot).
     */
    static long currentEpoch(AuctionTimeline timeline, long head) {
        long epoch = timeline.epochAt(head + 1);
        while (epoch > 0 && timeline.slots(epoch).start() > head + 1) {
            epoch--;
        }
        return epoch;
    }

    private StatusPanel.SlotMap slotMap(String id, String title, long epoch, long head) {
        EpochStatus epochStatus = chain.status(epoch, head);
        List<Address> slotOwners =
                epochStatus == EpochStatus.ELECTED
                        ? owners.computeIfAbsent(epoch, chain::owners)
                        : null;
        int count = timeline.slotsPerEpoch();
        // No batch can be on chain before an epoch's first slot: its bitmap is not read.
        BitSet published =
                timeline.slots(epoch).start() <= head
                        ? chain.published(epoch, count, head)
                        : new BitSet();
        List<StatusPanel.Slot> slots = new ArrayList<>(count);
        for (int slot = 0; slot < count; slot++) {
            BlockWindow window = timeline.slot(epoch, slot);
            Address owner = slotOwners == null ? null : slotOwners.get(slot);
            StatusPanel.SlotState state =
                    published.get(slot)
                            ? StatusPanel.SlotState.PUBLISHED
                            : head + 1 >= window.end()
                                    ? StatusPanel.SlotState.MISSED
                                    : StatusPanel.SlotState.PENDING;
            slots.add(
                    new StatusPanel.Slot(
                            slot,
                            window.start(),
                            window.end(),
                            owner == null ? null : owner.toString(),
                            owner != null && self.isPresent() && owner.equals(self.get()),
                            state));
        }
        return new StatusPanel.SlotMap(id, title, epoch, epochStatus.name(), head, slots);
    }

    private static void addOwn(List<StatusPanel.Row> rows, StatusPanel.SlotMap map) {
        for (StatusPanel.Slot slot : map.slots()) {
            if (rows.size() >= MAX_OWN_SLOTS) {
                return;
            }
            if (!slot.own() || slot.state() != StatusPanel.SlotState.PENDING) {
                continue;
            }
            rows.add(
                    new StatusPanel.Row(
                            "pending",
                            List.of(
                                    Long.toString(map.epoch()),
                                    Integer.toString(slot.slot()),
                                    slot.firstBlock() + "-" + (slot.endBlock() - 1),
                                    "pending")));
        }
    }

    private static Map<String, Object> counts(StatusPanel.SlotMap map) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("epoch", map.epoch());
        for (StatusPanel.SlotState state : StatusPanel.SlotState.values()) {
            out.put(
                    state.name().toLowerCase(java.util.Locale.ROOT),
                    map.slots().stream().filter(s -> s.state() == state).count());
        }
        return out;
    }

    @Override
    public List<StatusPanel> panels() {
        return panels;
    }

    @Override
    public Map<String, Object> status() {
        return status;
    }
}
