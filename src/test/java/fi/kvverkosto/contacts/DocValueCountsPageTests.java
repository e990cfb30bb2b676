package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.lowlevel.common.impl.MetadataFields;
import org.junit.jupiter.api.Test;

/**
 * The page by name that {@link DocValueCounts} takes from its matches, against Lucene's own sort of the same index
 * (ascending by the name's bytes, a document without one last, ties by index order), over segments big enough for
 * both of its ways of reading: along the names (a broad filter: the first names hold enough matches) and from the
 * matches' doc values (a narrow one). DocValueCountsTests compares the same with Hibernate Search on the application's
 * index, where the segments are small.
 */
class DocValueCountsPageTests {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    @Test
    void pagesByNameAreLuceneSortsOfTheSameMatches() throws IOException {
        var random = new Random(5);
        try (var directory = new ByteBuffersDirectory();
                var writer =
                        new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            // Three segments; many names repeat (ties), a few companies have none, some are deleted later.
            for (int segment = 0; segment < 3; segment++) {
                for (int i = 0; i < 3000; i++) {
                    writer.addDocument(company(random));
                }
                writer.commit();
            }
            writer.deleteDocuments(new Term("industry", "D"));
            writer.commit();
            try (var reader = DirectoryReader.open(writer)) {
                assertThat(reader.leaves()).hasSize(3);
                var searcher = new IndexSearcher(reader);
                var sort = new SortedSetSortField("sort_name", false);
                sort.setMissingValue(SortField.STRING_LAST);
                List<Query> filters = List.of(
                        new MatchAllDocsQuery(),
                        new TermQuery(new Term("industry", "C")),
                        new TermQuery(new Term("industry", "X")),
                        new TermQuery(new Term("industry", "none")));
                for (var filter : filters) {
                    for (int offset : new int[] {0, 20, 40, 500, 8990, 20000}) {
                        var page = new DocValueCounts.Page(offset, 20);
                        var counted = DocValueCounts.count(reader, filter, TODAY, 10, page);
                        var top = searcher.search(filter, offset + 20, new Sort(sort));
                        var expected = new ArrayList<UUID>();
                        for (int k = offset; k < top.scoreDocs.length; k++) {
                            expected.add(UUID.fromString(searcher.storedFields()
                                    .document(top.scoreDocs[k].doc)
                                    .get("id")));
                        }
                        assertThat(counted.total()).as("total of %s", filter).isEqualTo(searcher.count(filter));
                        assertThat(counted.page())
                                .as("page of %s at %d", filter, offset)
                                .isEqualTo(expected);
                    }
                }
            }
        }
    }

    private static Document company(Random random) {
        var document = new Document();
        var id = UUID.randomUUID().toString();
        document.add(new StoredField("id", id));
        document.add(new BinaryDocValuesField(MetadataFields.idDocValueFieldName(), new BytesRef(id)));
        if (random.nextInt(100) > 0) {
            var name = "yritys " + random.nextInt(2000);
            document.add(new StringField("sort_name", name, Field.Store.NO));
            document.add(new SortedSetDocValuesField("sort_name", new BytesRef(name)));
        }
        int draw = random.nextInt(100);
        var industry = draw < 60 ? "C" : draw < 62 ? "X" : draw < 70 ? "D" : "G";
        document.add(new StringField("industry", industry, Field.Store.NO));
        document.add(new SortedSetDocValuesField("industry", new BytesRef(industry)));
        return document;
    }
}
