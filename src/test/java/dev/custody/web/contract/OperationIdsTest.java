package dev.custody.web.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperationIdsTest {
    @ParameterizedTest
    @CsvSource({
            "OrganizationResource, list, organizationList",
            "OrganizationScoreResource, history, organizationScoreHistory",
            "ApiKeyResource, create, apiKeyCreate",
            "ScreeningListResource, inForce, screeningListInForce",
            "Resource, get, resourceGet",
            "GateWorkflow, grant, gateWorkflowGrant"})
    void shouldJoinTheResourceNounAndTheMethod(String className, String method, String operationId) {
        assertThat(OperationIds.of(className, method)).isEqualTo(operationId);
    }
}
