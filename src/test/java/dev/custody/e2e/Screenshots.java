package dev.custody.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Saves each step of a journey as target/e2e-screenshots/&lt;journey&gt;/&lt;nn&gt;-&lt;step&gt;.png (the full
 * 1366x900 window) and keeps an index.md beside them that lists every shot with what it shows.
 */
final class Screenshots {
    static final Path ROOT = Path.of("target", "e2e-screenshots");

    private record Shot(String journey, String file, String caption) {
    }

    private final List<Shot> shots = new ArrayList<>();
    private String journey;
    private int step;

    /** Starts a journey: its folder is emptied so that it holds only this run's shots. */
    void journey(String name, String title) throws IOException {
        journey = name;
        step = 0;
        Path folder = ROOT.resolve(name);
        Files.createDirectories(folder);
        try (var old = Files.list(folder)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        shots.add(new Shot(name, null, title));
    }

    /** Saves the browser window as the journey's next step; the caption goes into the index. */
    Path take(Browser browser, String slug, String caption) throws IOException {
        step++;
        String file = String.format(Locale.ROOT, "%02d-%s.png", step, slug);
        Path path = ROOT.resolve(journey).resolve(file);
        Files.write(path, browser.screenshot());
        shots.add(new Shot(journey, file, caption));
        return path;
    }

    /** Writes target/e2e-screenshots/index.md for the journeys of this run. */
    void writeIndex() throws IOException {
        StringBuilder md = new StringBuilder("# Custody end-to-end journeys: screenshots\n\n")
                .append("Chromium, headless, ").append(Browser.WIDTH).append('x').append(Browser.HEIGHT)
                .append("; one folder per journey, one shot per step.\n");
        List<Shot> byJourney = new ArrayList<>(shots);
        byJourney.sort(Comparator.comparing(Shot::journey));
        for (Shot shot : byJourney) {
            if (shot.file() == null) {
                md.append("\n## ").append(shot.journey()).append(": ").append(shot.caption()).append("\n\n");
            } else {
                md.append("- [").append(shot.file()).append("](").append(shot.journey()).append('/').append(shot.file())
                        .append(") ").append(shot.caption()).append('\n');
            }
        }
        Files.createDirectories(ROOT);
        Files.writeString(ROOT.resolve("index.md"), md);
    }
}
