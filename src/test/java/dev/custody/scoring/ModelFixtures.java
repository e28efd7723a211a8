package dev.custody.scoring;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;

/** Puts the scoring model back as other tests expect it: no draft, the domain defaults active. */
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
                () -> models.active().model().equals(ScoringModel.defaults()));
        if (!defaults) {
            int version = QuarkusTransaction.requiringNew().call(() -> admin.createDraft(1, "Defaults again", "test").version);
            admin.activate(version);
        }
    }
}
