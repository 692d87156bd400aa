package dev.interviewer.portable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlToMarkdownTest {
    private final HtmlToMarkdown html = new HtmlToMarkdown(src -> src.equals("a b.png")
            ? MediaLinks.MEDIA_FOLDER + MarkdownEscapes.url(src) : null);

    private String md(String input) {
        return html.convert(input).replace(MediaLinks.MEDIA_FOLDER, "media/");
    }

    @Test
    void divsAreParagraphsAndBreaksAreLines() {
        assertThat(md("first<div>second</div><div><br></div><div>third<br>still third</div>"))
                .isEqualTo("first\n\nsecond\n\nthird\nstill third");
        assertThat(md("a<br><br>b")).isEqualTo("a\n\nb");
        assertThat(md("<p>one</p><p>two</p>")).isEqualTo("one\n\ntwo");
    }

    @Test
    void boldAndItalicHugTheirText() {
        assertThat(md("a<b> bold </b>b and <i>it</i><em>alic</em>")).isEqualTo("a **bold** b and *it**alic*");
        assertThat(md("<strong>x</strong>")).isEqualTo("**x**");
        assertThat(md("<b></b>empty")).isEqualTo("empty");
    }

    @Test
    void nestedListsAreIndentedUnderTheirItem() {
        assertThat(md("<ul><li>one<ul><li>inner</li></ul></li><li>two</li></ul>"))
                .isEqualTo("- one\n  - inner\n- two");
        assertThat(md("<ol start=\"3\"><li>c<li>d</ol>")).isEqualTo("3. c\n4. d");
        assertThat(md("text<ul><li>item</li></ul>more")).isEqualTo("text\n\n- item\n\nmore");
    }

    @Test
    void preBecomesAFencedBlockWithItsLanguage() {
        assertThat(md("<pre class=\"lang-java\">int a = 1;\n  b &amp;&amp; c</pre>"))
                .isEqualTo("```java\nint a = 1;\n  b && c\n```");
        assertThat(md("<pre>has ``` inside</pre>")).isEqualTo("````\nhas ``` inside\n````");
        assertThat(md("use <code>a_b*c</code> here")).isEqualTo("use `a_b*c` here");
    }

    @Test
    void entitiesAreDecodedAndMarkupInTextIsEscaped() {
        assertThat(md("caf&eacute; &lt;div&gt; &#x4E2D;&#25991; &amp;nbsp; a&nbsp;b"))
                .isEqualTo("café \\<div> 中文 &nbsp; a b");
        assertThat(md("costs $5 and 2*3*4 = 24")).isEqualTo("costs \\$5 and 2\\*3\\*4 = 24");
        assertThat(md("a < b & c")).isEqualTo("a < b & c");
    }

    @Test
    void latexBecomesDollarMathAndIsLeftUntouched() {
        assertThat(md("inline \\(a_{i} &lt; b^*\\) and")).isEqualTo("inline $a_{i} < b^*$ and");
        assertThat(md("before \\[x = \\frac{1}{2}<br>+ y\\] after")).isEqualTo("before\n$$x = \\frac{1}{2} + y$$"
                + "\nafter");
        assertThat(md("[$]E=mc^2[/$] and [$$]\\sum_i x_i[/$$]")).isEqualTo("$E=mc^2$ and\n$$\\sum_i x_i$$");
        assertThat(md("\\[a\\]<br>\\[b\\]<br>text<div>\\[c\\]</div>")).isEqualTo("$$a$$\n$$b$$\ntext\n\n$$c$$");
        assertThat(md("<pre>\\(kept\\)</pre>")).isEqualTo("```\n\\(kept\\)\n```");
    }

    @Test
    void imagesAndSoundsLinkToTheMediaFolderOrAreDropped() {
        assertThat(md("see <img src=\"a b.png\" alt=\"fig [1]\"> and <img src=\"missing.png\">"))
                .isEqualTo("see ![fig \\[1\\]](media/a%20b.png) and");
        assertThat(md("[sound:a b.png]")).isEqualTo("[a b.png](media/a%20b.png)");
        assertThat(md("<IMG alt=fig SRC='a b.png' />")).isEqualTo("![fig](media/a%20b.png)");
    }

    @Test
    void headingsInsideAFieldBecomeBoldLines() {
        assertThat(md("<h2>Title</h2>body")).isEqualTo("**Title**\n\nbody");
    }

    @Test
    void tablesBecomeGfmTablesAndOneColumnTablesParagraphs() {
        assertThat(md("<table><tr><th>k</th><th>v</th></tr><tr><td>a|b</td><td>1</td></tr></table>"))
                .isEqualTo("| k | v |\n|---|---|\n| a\\|b | 1 |");
        assertThat(md("<table><tr><td>only</td></tr><tr><td>cells</td></tr></table>")).isEqualTo("only\n\ncells");
    }

    @Test
    void linksKeepTheirTargetOnTheWebOnly() {
        assertThat(md("<a href=\"https://x.org/a b\">paper</a> and <a href=\"javascript:x()\">bad</a>"))
                .isEqualTo("[paper](https://x.org/a%20b) and bad");
    }

    @Test
    void brokenHtmlStillGivesItsText() {
        assertThat(md("<div>unclosed <b>bold</div> after</i> <3 <!-- note --> end"))
                .isEqualTo("unclosed **bold**\n\nafter <3 end");
        assertThat(md("<script>alert(1)</script><style>p{}</style>visible")).isEqualTo("visible");
    }

    @Test
    void entityDecodingHandlesNumericAndUnknownReferences() {
        assertThat(HtmlEntities.decode("&#39;&#x27;&bogus;&amp")).isEqualTo("''&bogus;&amp");
        assertThat(Map.of("k", HtmlEntities.decode("&#0;"))).containsEntry("k", "\uFFFD");
    }
}
