package dev.custody.network.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the Organizations and Supply links sheets of an .xlsx workbook as text, after checking how far the
 * file unpacks. Formulas are never evaluated: a formula cell gives the value Excel cached when it saved the file.
 */
final class XlsxReader {
    private static final Set<String> WORKBOOK_TYPES = Set.of(XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

    static {
        // POI's limits are global; they only back up UnpackLimits, which runs first.
        ZipSecureFile.setMinInflateRatio(UnpackLimits.DEFAULT.minRatio());
        ZipSecureFile.setMaxEntrySize(UnpackLimits.DEFAULT.maxEntryBytes());
    }

    private XlsxReader() {
    }

    static ImportFile read(Path path, int maxRows) {
        UnpackLimits.DEFAULT.check(path);
        OPCPackage pkg = open(path);
        try {
            return rows(pkg, new RowLimit(maxRows));
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
                | OpenXML4JRuntimeException | RecordFormatException | IllegalArgumentException e) {
            throw unreadable(e);
        } finally {
            // revert, not close: the package is read-only and close() would try to save it
            pkg.revert();
        }
    }

    static ImportFileException notAWorkbook() {
        return ImportFileException.unreadable("The file is not an Excel .xlsx workbook that can be read; "
                + "open it in Excel and save it again as .xlsx.");
    }

    private static OPCPackage open(Path path) {
        try {
            return OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | UnsupportedFileFormatException | OpenXML4JRuntimeException | POIXMLException e) {
            throw unreadable(e);
        }
    }

    private static ImportFileException unreadable(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.toLowerCase(Locale.ROOT).contains("zip bomb") || message.contains("exceeds the max")) {
            return ImportFileException.unreadable("The workbook unpacks to far more data than its size suggests "
                    + "(a possible zip bomb); it was not read.");
        }
        return notAWorkbook();
    }

    private static ImportFile rows(OPCPackage pkg, RowLimit limit)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        Map<ImportTable, PackagePart> sheets = sheets(pkg);
        if (sheets.isEmpty()) {
            throw ImportFileException.unreadable("The workbook has neither an \"Organizations\" nor a \"Supply links\" "
                    + "sheet; download the template to see the expected layout.");
        }
        SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
        return new ImportFile(rows(sheets.get(ImportTable.ORGANIZATIONS), ImportTable.ORGANIZATIONS, strings, limit),
                rows(sheets.get(ImportTable.SUPPLY_LINKS), ImportTable.SUPPLY_LINKS, strings, limit));
    }

    /** The first sheet named like each table (case and surrounding spaces aside), found without reading any sheet. */
    private static Map<ImportTable, PackagePart> sheets(OPCPackage pkg) throws IOException, OpenXML4JException {
        List<PackagePart> cores = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (cores.isEmpty() || !WORKBOOK_TYPES.contains(cores.get(0).getContentType())) {
            throw notAWorkbook();
        }
        Map<ImportTable, PackagePart> sheets = new EnumMap<>(ImportTable.class);
        XSSFReader.SheetIterator iterator = new XSSFReader(pkg).getSheetIterator();
        while (iterator.hasNext()) {
            iterator.next().close();
            for (ImportTable table : ImportTable.values()) {
                if (iterator.getSheetName().trim().equalsIgnoreCase(table.sheet())) {
                    sheets.putIfAbsent(table, iterator.getSheetPart());
                }
            }
        }
        return sheets;
    }

    private static List<RawRow> rows(PackagePart sheet, ImportTable table, SharedStrings strings, RowLimit limit)
            throws IOException, SAXException, ParserConfigurationException {
        if (sheet == null) {
            return new ArrayList<>();
        }
        SheetRows rows = new SheetRows(table, limit);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(null, strings, rows, false) {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
                if ("c".equals(localName) && XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
                    rows.cellType(attributes.getValue("t"));
                }
                super.startElement(uri, localName, qName, attributes);
            }
        });
        try (InputStream in = sheet.getInputStream()) {
            parser.parse(new InputSource(in));
        }
        return rows.rows();
    }
}
