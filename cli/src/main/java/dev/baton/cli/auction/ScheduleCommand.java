package dev.baton.cli.auction;

import dev.baton.cli.OutputFormat;
import dev.baton.cli.OutputOptions;
import dev.baton.client.auction.EpochSlotMap;
import dev.baton.types.Address;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code baton auction schedule EPOCH}: the epoch's slot map, computed off-chain from its bids and
 * seed, as a grid (one colour per sequencer on a terminal) or as JSON.
 */
@Command(
        name = "schedule",
        mixinStandardHelpOptions = true,
        description = "Show an elected epoch's slot map: which sequencer holds each slot.")
final class ScheduleCommand implements Runnable {
    @Mixin AuctionTarget connection;
    @Mixin OutputOptions output;

    @Parameters(index = "0", description = "Epoch number.")
    long epoch;

    @Option(
            names = "--columns",
            defaultValue = "32",
            description = "Slots per grid row (default: ${DEFAULT-VALUE}).")
    int columns;

    @Option(
            names = "--color",
            defaultValue = "auto",
            description = "Colour: auto (terminal only), always, never.")
    String colour;

    @Override
    public void run() {
        try (AuctionTarget.ReadOnly read = connection.readOnly()) {
            EpochSlotMap map = read.view().slotMap(epoch);
            List<Address> bySlot = map.sequencersBySlot();
            List<String> labels = bySlot.stream().map(Address::toString).toList();
            boolean useColour =
                    switch (colour) {
                        case "always" -> true;
                        case "never" -> false;
                        case "auto" ->
                                output.printer().format() == OutputFormat.TEXT
                                        && Terminal.wantsColour(System.getenv());
                        default ->
                                throw new IllegalArgumentException(
                                        "--color must be auto, always or never, was '"
                                                + colour
                                                + "'");
                    };
            String grid =
                    new ScheduleGrid(columns, useColour)
                            .render(
                                    "epoch "
                                            + epoch
                                            + ": "
                                            + map.slotCount()
                                            + " slots, "
                                            + map.entries().size()
                                            + " entries",
                                    labels);
            output.printer().result(grid.stripTrailing(), json(map));
        }
    }

    private static Map<String, Object> json(EpochSlotMap map) {
        List<Map<String, Object>> slots = new ArrayList<>();
        for (int slot = 0; slot < map.slotCount(); slot++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("slot", slot);
            row.put("entry", map.entryOf(slot));
            row.put("sequencer", map.sequencerOf(slot).toString());
            slots.add(row);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("epoch", map.epoch());
        result.put("slots", slots);
        return result;
    }
}
