package dev.baton.agent.runtime;

import java.util.List;

/**
 * One section of an agent's status page ({@code /}) and of its {@code /status} document,
 * contributed by a duty through {@link StatusContributor}. Plain data: the page renders and escapes
 * it, so a duty never writes HTML.
 */
public sealed interface StatusPanel {
    /** A stable id, unique on the page (the section's HTML id), e.g. {@code slots-current}. */
    String id();

    String title();

    /** Name/value lines, in order. */
    record Facts(String id, String title, List<Fact> facts) implements StatusPanel {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    record Fact(String name, String value) {}

    /**
     * A table; each row's {@code state} (may be null) becomes its CSS class, e.g. {@code
     * finalised}.
     */
    record Table(String id, String title, List<String> columns, List<Row> rows)
            implements StatusPanel {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    record Row(String state, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * An epoch's slot map as of block {@code atBlock}: one cell per slot with its owner and
     * outcome.
     *
     * @param status the epoch's status at {@code atBlock} (e.g. {@code ELECTED}, {@code OPEN},
     *     {@code BIDDING})
     */
    record SlotMap(
            String id, String title, long epoch, String status, long atBlock, List<Slot> slots)
            implements StatusPanel {
        public SlotMap {
            slots = List.copyOf(slots);
        }
    }

    /**
     * One slot: its blocks {@code [firstBlock, endBlock)}, its owner (0x address; null when the
     * epoch has no schedule: open to anyone or not sealed), whether it is the agent's own, and its
     * outcome.
     */
    record Slot(
            int slot, long firstBlock, long endBlock, String owner, boolean own, SlotState state) {}

    enum SlotState {
        /** A batch is on chain for the slot. */
        PUBLISHED,
        /** The slot's last block is mined without a batch. */
        MISSED,
        /** The slot can still be published (under way or to come). */
        PENDING
    }

    /**
     * A block market's heights, newest first: each height's state (e.g. {@code finalised}, {@code
     * pending}) and a note.
     */
    record MarketHeights(String id, String title, List<Height> heights) implements StatusPanel {
        public MarketHeights {
            heights = List.copyOf(heights);
        }
    }

    record Height(long height, String state, String note) {}
}
