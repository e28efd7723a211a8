package dev.custody.hbom;

import dev.custody.network.transfer.ImportFileException;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first pass over an XML BOM, streaming, before any parser that understands document types sees it: refuses a
 * DOCTYPE (so no external entity is fetched and no entity expanded), elements nested absurdly deep, too many
 * components or components nested deeper than allowed; answers the namespace of the root element.
 */
final class XmlShape {
    static final String NAMESPACE = "http://cyclonedx.org/schema/bom/";
    /** Elements nested at most: room for components at the deepest level allowed (three elements each) and their fields. */
    static final int MAX_ELEMENT_DEPTH = 3 * 64 + 32;

    private final HbomConfig config;

    XmlShape(HbomConfig config) {
        this.config = config;
    }

    /** An open element: its path as the JSON form of the BOM would name it, and how many components it holds. */
    private static final class Open {
        final String name;
        final String path;
        final int componentDepth;
        int components;

        Open(String name, String path, int componentDepth) {
            this.name = name;
            this.path = path;
            this.componentDepth = componentDepth;
        }
    }

    String check(byte[] bytes) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        String namespace = null;
        Deque<Open> open = new ArrayDeque<>();
        int components = 0;
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new HbomRefused("file", "The file declares a document type (DOCTYPE) or uses entities; a "
                            + "CycloneDX BOM needs neither, and Custody refuses them so that no external entity is "
                            + "fetched and no entity expanded. Remove the DOCTYPE and upload the file again.");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (namespace == null) {
                        namespace = rootNamespace(reader);
                    }
                    Open element = enter(reader.getLocalName(), open.peek());
                    if (element.name.equals("component") && open.peek() != null && open.peek().name.equals("components")) {
                        if (element.componentDepth > config.maxDepth()) {
                            throw JsonShape.tooDeep(config, element.path, element.componentDepth);
                        }
                        if (++components > config.maxComponents()) {
                            throw JsonShape.tooMany(config);
                        }
                    }
                    open.push(element);
                    if (open.size() > MAX_ELEMENT_DEPTH) {
                        throw new HbomRefused("file", "The file nests elements " + MAX_ELEMENT_DEPTH + " deep and "
                                + "more, deeper than any BOM with components at most " + config.maxDepth()
                                + " levels deep; it was not read further.");
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    open.pop();
                }
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber() + ")";
            throw ImportFileException.unreadable("The file is not well-formed XML" + where + ": " + e.getMessage());
        } finally {
            close(reader);
        }
        return namespace == null ? "" : namespace;
    }

    private static String rootNamespace(XMLStreamReader reader) {
        if (!"bom".equals(reader.getLocalName())) {
            throw ImportFileException.unreadable("The file is XML but not a CycloneDX BOM: its root element is <"
                    + reader.getLocalName() + ">, not <bom>.");
        }
        String namespace = reader.getNamespaceURI();
        return namespace == null ? "" : namespace;
    }

    /** The element entered below its parent; a component counts one level deeper than the component holding it. */
    private static Open enter(String name, Open parent) {
        if (parent == null) {
            return new Open(name, "", 0);
        }
        if (name.equals("component") && parent.name.equals("components")) {
            String path = parent.path + "[" + parent.components++ + "]";
            return new Open(name, path, parent.componentDepth + 1);
        }
        String path = parent.path.isEmpty() ? name : parent.path + "." + name;
        return new Open(name, path, parent.componentDepth);
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing left to release: the bytes are in memory
            }
        }
    }
}
