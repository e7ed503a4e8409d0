package dev.baton.cli.market;

import dev.baton.cli.OutputOptions;
import dev.baton.market.TreePosition;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What the prover's signing commands ({@code vote}, {@code attest}) share: the connection, the
 * block height and the tree positions signed for, and how the signatures are written and reported.
 */
final class ProverSigning {
    @Mixin MarketTarget connection;
    @Mixin OutputOptions output;

    @Option(names = "--height", required = true, description = "Block height.")
    long height;

    @Option(
            names = "--position",
            required = true,
            arity = "1..*",
            description = "Tree nodes as depth:index.")
    List<String> positions;

    List<TreePosition> nodes() {
        return positions.stream().map(MarketFiles::position).toList();
    }

    /**
     * Writes {@code signed} to {@code out} and prints the prover, how many ({@code what}), and the
     * file.
     */
    void write(MarketTarget.Signed by, String what, List<?> signed, Path out) {
        MarketFiles.write(out, signed);
        output.printer()
                .result(
                        Map.of(
                                "prover",
                                by.baton().account().toString(),
                                what,
                                signed.size(),
                                "file",
                                out.toString()));
    }
}
