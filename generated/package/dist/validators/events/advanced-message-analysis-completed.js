// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $show,
  $dateTime,
  $fail,
  $validate,
  $checkStringProperty,
  $checkDateTimeProperty
} from "../../support/validation.js";
import {
  $isAdvancedMessageChannelEventError,
  $checkAdvancedMessageChannelEventError
} from "../definitions/AdvancedMessageChannelEventError.js";
import {
  $isAdvancedMessageLanguageDetection,
  $checkAdvancedMessageLanguageDetection
} from "../definitions/AdvancedMessageLanguageDetection.js";
function validateAcsAdvancedMessageAnalysisCompletedEventData(value, options) {
  return $validate(
    $isAcsAdvancedMessageAnalysisCompletedEventData,
    $checkAcsAdvancedMessageAnalysisCompletedEventData,
    value,
    options
  );
}
function isAcsAdvancedMessageAnalysisCompletedEventData(value) {
  try {
    return $isAcsAdvancedMessageAnalysisCompletedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsAdvancedMessageAnalysisCompletedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v4 = v["channelType"];
  const r3 = Object.getPrototypeOf(v) || Object.prototype;
  if (v4 === void 0 || "channelType" in r3 && !$hasOwn.call(v, "channelType")) return false;
  if (typeof v4 !== "string") return false;
  const v7 = v["from"];
  if (typeof v7 !== "string" || "from" in r3 && !$hasOwn.call(v, "from")) return false;
  const v8 = v["to"];
  if (typeof v8 !== "string" || "to" in r3 && !$hasOwn.call(v, "to")) return false;
  const v9 = v["receivedTimestamp"];
  if (typeof v9 !== "string" || "receivedTimestamp" in r3 && !$hasOwn.call(v, "receivedTimestamp"))
    return false;
  const v10 = v["error"];
  if (v10 !== void 0 && (!("error" in r3) || $hasOwn.call(v, "error"))) {
    if (!$isAdvancedMessageChannelEventError(v10, s)) return false;
  }
  if (!$dateTime(v9)) return false;
  const v14 = v["originalMessage"];
  const r13 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v14 !== "string" && v14 !== void 0 && (!("originalMessage" in r13) || $hasOwn.call(v, "originalMessage")))
    return false;
  const v15 = v["intentAnalysis"];
  if (typeof v15 !== "string" && v15 !== void 0 && (!("intentAnalysis" in r13) || $hasOwn.call(v, "intentAnalysis")))
    return false;
  const v16 = v["languageDetection"];
  if (v16 !== void 0 && (!("languageDetection" in r13) || $hasOwn.call(v, "languageDetection"))) {
    if (!$isAdvancedMessageLanguageDetection(v16, s)) return false;
  }
  const v19 = v["extractedKeyPhrases"];
  if (v19 !== void 0 && (!("extractedKeyPhrases" in r13) || $hasOwn.call(v, "extractedKeyPhrases"))) {
    if (!Array.isArray(v19)) return false;
    const a20 = v19;
    for (let i21 = 0; i21 < a20.length; i21++) {
      const v22 = a20[i21];
      if (typeof v22 !== "string") return false;
    }
  }
  if (s) {
    if (!$onlyKeys(v, [
      "channelType",
      "from",
      "to",
      "receivedTimestamp",
      "error",
      "originalMessage",
      "intentAnalysis",
      "languageDetection",
      "extractedKeyPhrases"
    ]))
      return false;
  }
  return true;
}
function $checkAcsAdvancedMessageAnalysisCompletedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r3 = Object.getPrototypeOf(v) || Object.prototype;
    const v4 = v["channelType"];
    if ($has(e, p, "channelType" in r3 && v, "channelType", v4, '"whatsapp" | string')) {
      if (typeof v4 !== "string") {
        $fail(e, p + "/channelType", 'must be one of "whatsapp" | string', '"whatsapp" | string', $show(v4));
      }
    }
    $checkStringProperty(e, p, "from" in r3 && v, "from", v["from"]);
    $checkStringProperty(e, p, "to" in r3 && v, "to", v["to"]);
    $checkDateTimeProperty(e, p, "receivedTimestamp" in r3 && v, "receivedTimestamp", v["receivedTimestamp"]);
    const v7 = v["error"];
    if ($has(e, p, "error" in r3 && v, "error", v7)) {
      $checkAdvancedMessageChannelEventError(v7, p + "/error", e, s);
    }
    const r10 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "originalMessage" in r10 && v, "originalMessage", v["originalMessage"], true);
    $checkStringProperty(e, p, "intentAnalysis" in r10 && v, "intentAnalysis", v["intentAnalysis"], true);
    const v11 = v["languageDetection"];
    if ($has(e, p, "languageDetection" in r10 && v, "languageDetection", v11)) {
      $checkAdvancedMessageLanguageDetection(v11, p + "/languageDetection", e, s);
    }
    const v14 = v["extractedKeyPhrases"];
    if ($has(e, p, "extractedKeyPhrases" in r10 && v, "extractedKeyPhrases", v14)) {
      if (!Array.isArray(v14)) {
        $fail(e, p + "/extractedKeyPhrases", "must be an array", "array", $type(v14));
      } else {
        const a15 = v14;
        for (let i16 = 0; i16 < a15.length; i16++) {
          const v17 = a15[i16];
          if (typeof v17 !== "string") {
            $fail(e, p + "/extractedKeyPhrases/" + i16, "must be a string", "string", $type(v17));
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        "channelType",
        "from",
        "to",
        "receivedTimestamp",
        "error",
        "originalMessage",
        "intentAnalysis",
        "languageDetection",
        "extractedKeyPhrases"
      ]);
    }
  }
}
export {
  isAcsAdvancedMessageAnalysisCompletedEventData,
  validateAcsAdvancedMessageAnalysisCompletedEventData
};
