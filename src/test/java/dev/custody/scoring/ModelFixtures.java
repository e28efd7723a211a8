package dev.custody.scoring;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;

/** Puts the scoring model back as other tests expect it: no draft, version 2's defaults active. */
public final class ModelFixtures {
    private ModelFixtures() {
    }

    public static void restoreDefaults() {
        ModelAdminService admin = CDI.current().select(ModelAdminService.class).get();
        ScoringModelService models = CDI.current().select(ScoringModelService.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            ScoringModelVersion draft = admin.draft();
            if (draft != null) {
                draft.delete();
            }
        });
        boolean defaults = QuarkusTransaction.requiringNew().call(
                () -> models.active().model().equals(ScoringModel.version2()));
        if (!defaults) {
            // version 2 as the migration stored it (V12): the lowest version holding its defaults
            int source = QuarkusTransaction.requiringNew().call(() -> models.list().stream()
                    .filter(v -> models.parameters(v).equals(ScoringModel.version2()))
                    .mapToInt(v -> v.version).min().orElseThrow());
            int version = QuarkusTransaction.requiringNew().call(
                    () -> admin.createDraft(source, "Defaults again", "test").version);
            admin.activate(version);
        }
    }

    /** The stored parameters of a version. */
    public static ScoringModel parameters(int version) {
        ScoringModelService models = CDI.current().select(ScoringModelService.class).get();
        return QuarkusTransaction.requiringNew().call(() -> models.parameters(models.get(version)));
    }
}
