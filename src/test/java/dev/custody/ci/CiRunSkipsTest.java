package dev.custody.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * .ci/run fails a suite in which a test was skipped, unless .ci/allowed-skips.txt names it with a reason. The script's
 * own functions run in bash (sourcing .ci/run only defines them) over a JUnit report as surefire writes it, with
 * ./mvnw replaced by a function that writes that report.
 */
class CiRunSkipsTest {
    private static final String CLASS = "dev.custody.sample.SampleTest";
    /** Surefire 3.5's report of a class with one passing, one assumption-aborted, two parameterised, one @Disabled. */
    private static final String REPORT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuite name="dev.custody.sample.SampleTest" time="0.975" tests="5" errors="0" skipped="3" failures="0">
              <properties>
              </properties>
              <testcase name="passes" classname="dev.custody.sample.SampleTest" time="0.127"/>
              <testcase name="assumed" classname="dev.custody.sample.SampleTest" time="0.0">
                <skipped type="org.opentest4j.TestAbortedException"><![CDATA[org.opentest4j.TestAbortedException: no service
            	at dev.custody.sample.SampleTest.assumed(SampleTest.java:17)
            ]]></skipped>
              </testcase>
              <testcase name="param(int)[1]" classname="dev.custody.sample.SampleTest" time="0.095"/>
              <testcase name="param(int)[2]" classname="dev.custody.sample.SampleTest" time="0.0">
                <skipped type="org.opentest4j.TestAbortedException"><![CDATA[Assumption failed]]></skipped>
              </testcase>
              <testcase name="disabled" classname="dev.custody.sample.SampleTest" time="0.0">
                <skipped message="because"/>
              </testcase>
            </testsuite>
            """;

    @TempDir
    Path dir;

    @Test
    void shouldNameEverySkippedTestOfTheReports() throws Exception {
        writeReport();
        assertThat(bash("skipped_tests").lines()).containsExactly(CLASS + "#assumed", CLASS + "#disabled",
                CLASS + "#param(int)[2]");
    }

    @Test
    void shouldAllowNoSkipWithTheProjectsList() throws Exception {
        writeReport();
        assertThat(bash("unexpected_skips").lines()).hasSize(3);
    }

    @Test
    void shouldAllowOnlySkipsListedWithAReason() throws Exception {
        writeReport();
        Files.writeString(dir.resolve("allowed.txt"), String.join("\n", "# comment",
                CLASS + "#param* the second case needs a GPU", CLASS + "#disabled", ""));
        assertThat(bash("unexpected_skips allowed.txt").lines()).containsExactly(CLASS + "#assumed",
                CLASS + "#disabled");
    }

    @Test
    void shouldFailASuiteThatSkippedATest() throws Exception {
        String out = runSuite(Files.readString(Path.of(".ci/allowed-skips.txt")));
        assertThat(out).contains("rc=1 FAIL (skipped tests)", "5 tests, 0 failed, 3 skipped",
                "  " + CLASS + "#param(int)[2]");
    }

    @Test
    void shouldPassASuiteWhoseSkipsAreAllAllowed() throws Exception {
        String out = runSuite(CLASS + "#* the sample's skips are all expected\n");
        assertThat(out).contains("rc=0 PASS").doesNotContain("FAILED");
    }

    /**
     * run_suite of .ci/run with ./mvnw a function that writes REPORT and succeeds, and ROOT a folder whose
     * .ci/allowed-skips.txt holds the given list; answers the output and "rc=EXIT RESULT".
     */
    private String runSuite(String allowed) throws Exception {
        Path list = dir.resolve("root/.ci/allowed-skips.txt");
        Files.createDirectories(list.getParent());
        Files.writeString(list, allowed);
        Files.writeString(dir.resolve("report.xml"), REPORT);
        return bash("ROOT='" + dir.resolve("root") + "'; ./mvnw() { mkdir -p target/surefire-reports && "
                + "cp report.xml target/surefire-reports/TEST-" + CLASS + ".xml; }; rc=0; "
                + "run_suite sample -B verify || rc=$?; echo \"rc=$rc ${RUN_RESULT[sample]}\"");
    }

    private void writeReport() throws IOException {
        Path reports = dir.resolve("target/surefire-reports");
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("TEST-" + CLASS + ".xml"), REPORT);
    }

    /** Runs the shell text in the temporary folder after sourcing .ci/run (which then only defines its functions). */
    private String bash(String script) throws Exception {
        Path run = Path.of(".ci/run").toAbsolutePath();
        Process p = new ProcessBuilder("bash", "-c", "source '" + run + "' && cd '" + dir + "' && " + script)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
