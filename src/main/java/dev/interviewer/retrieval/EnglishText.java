package dev.interviewer.retrieval;

/** Tells English text, which the English model embeds too, from Chinese or mixed text, which only bge embeds. */
final class EnglishText {
    // A Chinese character carries about as much as an English word of about five letters.
    private static final double LETTERS_PER_WORD = 5;
    private static final double MAX_CHINESE_SHARE = 0.2;
    private static final int MIN_LETTERS = 3;

    private EnglishText() {
    }

    /** Latin letters, with Chinese characters for at most a fifth of the words (a Chinese gloss here and there). */
    static boolean isEnglish(String text) {
        int latin = 0;
        int chinese = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isIdeographic(cp)) {
                chinese++;
            } else if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                latin++;
            }
            i += Character.charCount(cp);
        }
        double words = chinese + latin / LETTERS_PER_WORD;
        return latin >= MIN_LETTERS && chinese <= MAX_CHINESE_SHARE * words;
    }
}
