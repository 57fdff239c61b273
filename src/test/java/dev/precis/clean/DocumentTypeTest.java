package dev.precis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    @Test
    void fileNamesByExtensionAfterGzip() {
        assertEquals(DocumentType.HTML, DocumentType.ofFileName("dir.v2/Page.HTM"));
        assertEquals(DocumentType.HTML, DocumentType.ofFileName("page.html.gz"));
        assertEquals(DocumentType.TEXT, DocumentType.ofFileName("notes.txt"));
        assertEquals(DocumentType.MARKDOWN, DocumentType.ofFileName("README.md"));
        assertEquals(DocumentType.MARKDOWN, DocumentType.ofFileName("post.markdown.gz"));
        assertNull(DocumentType.ofFileName("dir.v2/noextension"));
        assertNull(DocumentType.ofFileName(".hidden"));
        assertNull(DocumentType.ofFileName("paper.pdf"));
    }

    @Test
    void contentTypesWithoutTheirParameters() {
        assertEquals(DocumentType.HTML, DocumentType.ofContentType("Text/HTML; charset=utf-8"));
        assertEquals(DocumentType.MARKDOWN, DocumentType.ofContentType("text/markdown;variant=GFM"));
        assertNull(DocumentType.ofContentType("application/octet-stream"));
        assertNull(DocumentType.ofContentType(" ; x=y"));
        assertNull(DocumentType.ofContentType(null));
        assertEquals("text/plain", DocumentType.baseMediaType(" TEXT/plain ;charset=x"));
    }
}
