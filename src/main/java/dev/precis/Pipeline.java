package dev.precis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import dev.precis.clean.Article;
import dev.precis.clean.ArticleCleaner;
import dev.precis.clean.TextDecoder;
import dev.precis.entity.EntityAnalysis;
import dev.precis.entity.EntityAnalyzer;
import dev.precis.entity.MentionExtractor;
import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;
import dev.precis.fetch.AddressClassifier;
import dev.precis.fetch.Connector;
import dev.precis.fetch.FetchPolicy;
import dev.precis.fetch.FetchedPage;
import dev.precis.fetch.HostResolver;
import dev.precis.fetch.HttpFetcher;
import dev.precis.fetch.UrlGuard;
import dev.precis.summary.Explained;
import dev.precis.summary.Summarizer;
import dev.precis.summary.Summary;
import dev.precis.text.LanguageDetector;
import dev.precis.text.Sentence;
import dev.precis.text.SentenceSplitter;
import dev.precis.text.Tokenizer;

/**
 * One request's story, top to bottom: fetch (for a URL), clean, split into sentences, find
 * the entities and their salience, pick the bullets.
 */
public final class Pipeline {

    /** A sentence needs this many words to count; an article needs at least one such sentence. */
    private static final int MIN_SENTENCE_WORDS = 4;

    private final HttpFetcher fetcher;
    private final ArticleCleaner cleaner;
    private final SentenceSplitter splitter;
    private final EntityAnalyzer analyzer;
    private final Summarizer summarizer;
    private final LanguageDetector languages;

    public Pipeline(HttpFetcher fetcher, ArticleCleaner cleaner, SentenceSplitter splitter, EntityAnalyzer analyzer,
            Summarizer summarizer, LanguageDetector languages) {
        this.fetcher = fetcher;
        this.cleaner = cleaner;
        this.splitter = splitter;
        this.analyzer = analyzer;
        this.summarizer = summarizer;
        this.languages = languages;
    }

    /** The production wiring: the system resolver, direct sockets, the given fetch limits. */
    public static Pipeline standard(FetchPolicy policy) {
        return create(policy, HostResolver.system(), Connector.direct());
    }

    public static Pipeline create(FetchPolicy policy, HostResolver resolver, Connector connector) {
        Tokenizer tokenizer = new Tokenizer();
        HttpFetcher fetcher = new HttpFetcher(new UrlGuard(resolver, new AddressClassifier()), connector, policy);
        return new Pipeline(fetcher, new ArticleCleaner(), new SentenceSplitter(tokenizer),
                new EntityAnalyzer(new MentionExtractor()), new Summarizer(tokenizer), new LanguageDetector());
    }

    /**
     * Runs every stage once on a small bundled page, so the classes, patterns and tables are
     * loaded before the first real request: before the snapshot under SnapStart, or alongside
     * the framework's boot otherwise. Touches no network.
     */
    public Summary prime() {
        Article article = clean(primingPage(), "text/html", "https://example.com/priming");
        return summarize(article, SummaryRequest.DEFAULT_BULLETS, null);
    }

    /** The small bundled news page {@link #prime()} runs on. */
    public static byte[] primingPage() {
        try (InputStream in = Pipeline.class.getResourceAsStream("/precis/priming-page.html")) {
            if (in == null) {
                throw new IllegalStateException("the priming page is missing from the artifact");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Summary summarize(SummaryRequest request) {
        long start = System.nanoTime();
        request.validated();
        Summary summary = summarize(extract(request), request.bulletCount(), request.title());
        if (!request.wantsExplain()) {
            summary = summary.withoutExplain();
        }
        return summary.withTookMs((System.nanoTime() - start) / 1_000_000);
    }

    /** The cleaned article a request points at: fetched, decoded and cleaned. */
    public Article extract(SummaryRequest request) {
        request.validated();
        long cap = fetcher.policy().maxBytes();
        if (request.url() != null) {
            FetchedPage page = fetcher.fetch(request.url());
            return cleaner.fromBytes(page.body(), page.mediaType(), page.charset(), page.url().toString());
        }
        String body = request.html() != null ? request.html() : request.text();
        if (body.length() > cap) {
            throw new PrecisException(ErrorCode.TOO_LARGE,
                    "the document has " + body.length() + " characters; the limit is " + cap);
        }
        if (TextDecoder.looksBinary(body)) {
            throw new PrecisException(ErrorCode.UNSUPPORTED_MEDIA, "the document is binary, not HTML or text");
        }
        if (request.html() != null) {
            return cleaner.fromHtml(request.html(), null);
        }
        return cleaner.fromText(request.text());
    }

    /** Cleans a document given as bytes (a file, an upload); the fetch size cap applies. */
    public Article clean(byte[] bytes, String mediaType, String url) {
        if (bytes.length == 0) {
            throw new PrecisException(ErrorCode.BAD_REQUEST, "the document is empty");
        }
        if (bytes.length > fetcher.policy().maxBytes()) {
            throw new PrecisException(ErrorCode.TOO_LARGE,
                    "the document has " + bytes.length + " bytes; the limit is " + fetcher.policy().maxBytes());
        }
        return cleaner.fromBytes(bytes, mediaType, null, url);
    }

    public long maxBytes() {
        return fetcher.policy().maxBytes();
    }


    public Summary summarize(Article article, int bullets, String title) {
        return explain(article, bullets, title).summary();
    }

    private static boolean hasSentenceOfWords(List<Sentence> sentences, int words) {
        for (Sentence s : sentences) {
            if (s.words().size() >= words) {
                return true;
            }
        }
        return false;
    }

    public Explained explain(Article article, int bullets, String title) {
        if (article.language() == null) {
            // Pages that do not declare their language (and all plain text) get a detected one.
            article = article.withLanguage(languages.detect(article.paragraphs()));
        }
        List<Sentence> sentences = splitter.split(article.paragraphs());
        if (!hasSentenceOfWords(sentences, MIN_SENTENCE_WORDS)) {
            throw new PrecisException(ErrorCode.NOT_AN_ARTICLE, "the document has no sentences to summarize");
        }
        EntityAnalysis analysis = analyzer.analyze(article.headline(), sentences, article.paragraphs().size(),
                article.language());
        Summarizer.Scored scored = summarizer.score(article, sentences, analysis, bullets, title);
        return new Explained(article, sentences, analysis, scored.summary(), scored.scores());
    }
}
