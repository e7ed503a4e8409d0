package dev.baton.model.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** One run reports every problem of a request, not just the first. */
class RollupRequestProblemsTest {

    @Test
    void everyProblemIsReportedWithItsPath() {
        String json =
                """
                {"execution_layer_req": {
                  "settlement_layer": "ethereum", "da_layer": "celestia", "vm": "jvm", "type": "optimistic",
                  "nb_sequencers": {"min": "4", "max": "2"},
                  "allowed_tokens": [{"sym": "ALT"}, {"sym": "NOPE"}],
                  "min_stake_per_seq": [{"sym": "ALT", "val": "lots", "weight": "0"}, {"sym": "NOPE", "val": "1"}],
                  "selection": {"mechanism": "block-market", "max_uncles": "9", "colour": "blue"}
                }}
                """;

        RequestValidationException refused =
                catchThrowableOfType(
                        RequestValidationException.class, () -> TestRequests.parse(json));

        assertThat(refused.problems())
                .extracting(RequestProblem::path)
                .containsExactly(
                        "$.execution_layer_req.vm",
                        "$.execution_layer_req.purpose",
                        "$.execution_layer_req.nb_sequencers",
                        "$.execution_layer_req.allowed_tokens[1].sym",
                        "$.execution_layer_req.min_stake_per_seq[0].val",
                        "$.execution_layer_req.min_stake_per_seq[0].weight",
                        "$.execution_layer_req.selection.colour",
                        "$.execution_layer_req.selection.max_uncles");
        assertThat(refused.getMessage()).startsWith("invalid rollup request (8 problems):");
    }

    @Test
    void emptyDocumentIsRefused() {
        assertThatThrownBy(() -> TestRequests.parse("  "))
                .isInstanceOf(RequestValidationException.class)
                .hasMessageContaining("$: empty document");
    }

    @Test
    void rootMustBeAnObject() {
        assertThatThrownBy(() -> TestRequests.parse("[]"))
                .isInstanceOf(RequestValidationException.class)
                .hasMessageContaining("$: expected an object, got an array");
    }

    @Test
    void aSingleProblemReadsNaturally() {
        String json = TestRequests.resource("seed-altlayer.json").replace("\"wasm\"", "\"wasm32\"");

        assertThatThrownBy(() -> TestRequests.parse(json))
                .hasMessage(
                        """
                invalid rollup request (1 problem):
                  $.execution_layer_req.vm: unknown value "wasm32" (allowed: evm, wasm, svm, movevm)""");
    }
}
