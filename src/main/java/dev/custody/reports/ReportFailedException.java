package dev.custody.reports;

import dev.custody.web.DomainException;

/** A failed snapshot's file or numbers were asked for: it never will have them (410), generate a new one. */
public class ReportFailedException extends DomainException {
    public ReportFailedException(ReportSnapshot s) {
        super("Report " + s.id + " failed, so it has no file or numbers; generate the report again"
                + (s.error != null && s.error.startsWith(ReportLeases.STOPPED) ? ". " + s.error : "."));
    }

    @Override
    public int status() {
        return 410;
    }

    @Override
    public String title() {
        return "Gone";
    }
}
