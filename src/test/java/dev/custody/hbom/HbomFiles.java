package dev.custody.hbom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The BOMs of src/test/resources/hbom, with the company names a test names replaced by random ones, so that every
 * test meets companies no earlier test created (nor any name similar to theirs).
 */
final class HbomFiles {
    static final List<String> SERVER_MAKERS = List.of("Kaohsiung Board Works Co., Ltd.", "Penghu Laminates Corporation",
            "Hsinchu Silicon Design Inc.", "Brightwater Firmware LLC", "Nordmark Secure Elements GmbH",
            "Halden Components B.V.", "Velsund Networks Ltd.", "Hanrim Memory Co., Ltd.", "Sawtooth Memory Inc.");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A BOM file and the random name that replaced each company name in it. */
    record Bom(byte[] bytes, Map<String, String> names) {
        String name(String original) {
            return names.get(original);
        }

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private HbomFiles() {
    }

    static byte[] raw(String file) {
        try (InputStream in = HbomFiles.class.getResourceAsStream("/hbom/" + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file with each of the names replaced (everywhere) by two random words. */
    static Bom renamed(String file, List<String> originals) {
        String text = new String(raw(file), StandardCharsets.UTF_8);
        Map<String, String> names = new LinkedHashMap<>();
        for (String original : originals) {
            String random = word() + " " + word();
            names.put(original, random);
            text = text.replace(original, random);
        }
        return new Bom(text.getBytes(StandardCharsets.UTF_8), names);
    }

    static Bom server(String file) {
        return renamed(file, SERVER_MAKERS);
    }

    /** A capitalised word of ten random letters. */
    static String word() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            char c = (char) ('a' + RANDOM.nextInt(26));
            word.append(i == 0 ? Character.toUpperCase(c) : c);
        }
        return word.toString();
    }
}
