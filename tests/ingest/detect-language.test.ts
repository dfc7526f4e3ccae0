import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/ingest/detect-language.ts";

const EN = "China is ready to increase security and defense cooperation with Iran and Belarus within the framework of the SCO, the minister said on Tuesday.";
const ES = "China reforzará la cooperación militar con Irán y Bielorrusia y con los miembros de la Organización de Cooperación de Shanghái, entre ellos Rusia, dijo el martes el ministro de Defensa chino.";
const FR = "La Chine renforcera sa coopération militaire avec l'Iran et la Biélorussie ainsi qu'avec les membres de l'Organisation de coopération de Shanghai, a déclaré mardi le ministre chinois de la Défense.";
const DE = "China wird die militärische Zusammenarbeit mit dem Iran und Belarus sowie mit den Mitgliedern der Shanghaier Organisation für Zusammenarbeit ausbauen, sagte der chinesische Verteidigungsminister am Dienstag.";
const RU = "Китай усилит военное сотрудничество с Ираном и Белоруссией, а также с членами Шанхайской организации сотрудничества, заявил во вторник министр обороны Китая Ли Шанфу на конференции в Москве.";

describe("detectLanguage", () => {
  it("recognises English by its function words without the trigram model", () => {
    expect(detectLanguage(EN)).toEqual({ language: "en", method: "stopwords" });
  });

  it.each([[ES, "es"], [FR, "fr"], [DE, "de"], [RU, "ru"]])("recognises other languages with franc (%#)", (text, code) => {
    expect(detectLanguage(text)).toEqual({ language: code, method: "franc" });
  });

  it.each([
    ["中国外交部表示强烈不满。", "zh"],
    ["“我们敦促美方立即停止，”华春莹说。", "zh"],
    ["日本の岸田文雄首相は火曜日、記者団に対し「これは非常に重要な問題だ」と述べた。", "ja"],
    ["윤석열 대통령은 화요일 기자들에게 말했다.", "ko"],
  ])("tells Chinese, Japanese and Korean by their script, even when short (regression: Chinese was 'und' and mined) (%#)", (text, code) => {
    expect(detectLanguage(text)).toEqual({ language: code, method: "script" });
  });

  it("reads function words in any case, with ' or ’, of up to seven letters (they are looked up as numbers up to six letters)", () => {
    // 12 words, 3 of them function words (0.25): each of the three must be recognised for "en"
    const words = (w: string) => `${w} Moscow Beijing Tehran minister ministry sanctions ${w} talks summit ${w} cooperation`;
    expect(detectLanguage(words("BETWEEN")).language).toBe("en"); // seven letters: looked up as a string
    expect(detectLanguage(words("Don’t")).language).toBe("en");
    expect(detectLanguage(words("it's")).language).toBe("en");
    expect(detectLanguage(words("Thé")).method).toBe("franc");
  });

  it("keeps English with a few Chinese names English", () => {
    expect(detectLanguage(`${EN} The spokeswoman, Hua Chunying (华春莹), agreed.`).language).toBe("en");
  });

  it("says 'und' for text too short to tell", () => {
    expect(detectLanguage("Ok.")).toEqual({ language: "und", method: "too-short" });
  });

  it("looks at a bounded sample, so a huge text costs no more than a short one", () => {
    const huge = ES.repeat(20000);
    const t0 = performance.now();
    expect(detectLanguage(huge).language).toBe("es");
    expect(performance.now() - t0).toBeLessThan(200);
  });
});
