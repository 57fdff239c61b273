package dev.precis.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.precis.entity.EntityAnalysis;
import dev.precis.entity.EntityAnalyzer;
import dev.precis.entity.MentionExtractor;
import dev.precis.text.Sentence;
import dev.precis.text.SentenceSplitter;
import dev.precis.text.Tokenizer;

class BulletRewriterTest {

    private final SentenceSplitter splitter = new SentenceSplitter(new Tokenizer());
    private final EntityAnalyzer analyzer = new EntityAnalyzer(new MentionExtractor());
    private final BulletRewriter rewriter = new BulletRewriter();

    /** The last sentence of the text, as a bullet. */
    private BulletRewriter.Rewritten lastAsBullet(String text) {
        List<Sentence> sentences = splitter.split(List.of(text));
        EntityAnalysis analysis = analyzer.analyze(null, sentences, 1);
        return rewriter.rewrite(sentences.get(sentences.size() - 1), analysis, sentences);
    }

    @Test
    void theOnlyPersonNamedBeforeReplacesHe() {
        BulletRewriter.Rewritten r = lastAsBullet("Police arrested John Docherty on Monday in London. "
                + "Mr Docherty was charged with wounding. He was remanded on bail until June.");
        assertEquals("John Docherty was remanded on bail until June.", r.text());
        assertFalse(r.pointsBack());
    }

    @Test
    void twoPeopleBeforeKeepTheSentenceAsItIs() {
        BulletRewriter.Rewritten r = lastAsBullet("Marc Leishman withdrew from the tournament. "
                + "Officials said Adam Scott would take his tee time. His wife Audrey was in hospital.");
        assertEquals("His wife Audrey was in hospital.", r.text());
        assertTrue(r.pointsBack());
    }

    @Test
    void aPersonNamedLongBeforeStillCountsAsACandidate() {
        BulletRewriter.Rewritten r = lastAsBullet("Sarah Jones founded the charity in 1990. "
                + "The charity grew quickly across the country. Its offices moved twice. "
                + "Tom Baker now runs it from Leeds. He plans to expand it.");
        assertEquals("He plans to expand it.", r.text());
    }

    @Test
    void anUnnamedPersonCloseByBlocksTheRewrite() {
        BulletRewriter.Rewritten r = lastAsBullet("Lady Stacey sentenced Paul Green on Friday in Glasgow. "
                + "The judge told the court the case was grave. He will be supervised for two years.");
        assertEquals("He will be supervised for two years.", r.text());
    }

    @Test
    void aPronounOfTheOtherGenderBlocksTheRewrite() {
        BulletRewriter.Rewritten r = lastAsBullet("David Brown met the committee on Monday in London. "
                + "She asked him about the budget. He refused to answer.");
        assertEquals("He refused to answer.", r.text());
    }

    @Test
    void aLeadingConnectiveIsDropped() {
        assertEquals("The vote was delayed again.", lastAsBullet("The council met on Monday evening. "
                + "But the vote was delayed again.").text());
    }
}
