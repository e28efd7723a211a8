package dev.custody.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.scoring.ScheduledRun;
import dev.custody.seeding.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MonthlyReportTest {
    @Inject
    TestClock clock;
    @Inject
    MonthlyReport monthly;

    @AfterEach
    void giveTheClockBack() {
        clock.reset();
    }

    @Test
    void twoConcurrentTriggersProduceOneSnapshotForTheMonth() throws Exception {
        clock.fixAt(Instant.parse("2032-05-01T03:00:00Z"));
        long before = ReportSnapshot.count("triggerSource", MonthlyReport.SCHEDULE);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<MonthlyReport.Outcome>> runs = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return monthly.run("instance-" + i);
                })).toList();
        start.countDown();
        List<MonthlyReport.Outcome> outcomes = runs.stream().map(CompletableFuture::join).toList();

        assertThat(outcomes.stream().filter(MonthlyReport.Outcome::ran)).hasSize(1);
        MonthlyReport.Outcome ran = outcomes.stream().filter(MonthlyReport.Outcome::ran).findFirst().orElseThrow();
        assertThat(ran.run().status).isEqualTo(ScheduledRun.Status.SUCCEEDED);
        assertThat(ReportSnapshot.count("triggerSource", MonthlyReport.SCHEDULE)).isEqualTo(before + 1);
        ReportSnapshot snapshot = ReportSnapshot.findById(ran.snapshotId());
        assertThat(snapshot.status).isEqualTo(ReportSnapshot.Status.DONE);
        assertThat(snapshot.kind).isEqualTo(ReportKind.EXECUTIVE);

        clock.fixAt(Instant.parse("2032-05-20T03:00:00Z"));
        assertThat(monthly.run("later the same month").ran()).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
