package dev.baton.cli.market;

import dev.baton.cli.OutputOptions;
import dev.baton.client.market.MarketOperatorClient;
import dev.baton.client.market.RankingRow;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code baton market ranking}: every transcript of a height, best score first. */
@Command(
        name = "ranking",
        mixinStandardHelpOptions = true,
        description =
                "The transcripts of a height ranked by score (provers³ · burn²), as a table or JSON.")
final class RankingCommand implements Runnable {
    @Mixin MarketTarget connection;
    @Mixin OutputOptions output;

    @Option(names = "--height", required = true, description = "Block height.")
    long height;

    @Option(
            names = "--from-block",
            description =
                    "First block to scan for commits (default: the manifest's deployedAtBlock).")
    Long fromBlock;

    @Override
    public void run() {
        try (MarketTarget.Signed signed = connection.signed()) {
            MarketOperatorClient operator = signed.operator();
            List<RankingRow> rows =
                    operator.ranking(height, fromBlock != null ? fromBlock : signed.fromBlock());
            output.printer()
                    .result(
                            RankingTable.render(rows),
                            Map.of(
                                    "height",
                                    height,
                                    "transcripts",
                                    rows.stream().map(RankingTable::json).toList()));
        }
    }
}
