// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $validate,
  $checkStringProperty
} from "../../support/validation.js";
import {
  $isCommunicationIdentifier,
  $checkCommunicationIdentifier
} from "../definitions/CommunicationIdentifier.js";
import {
  $isIncomingCallCustomContext,
  $checkIncomingCallCustomContext
} from "../definitions/IncomingCallCustomContext.js";
function validateAcsIncomingCallEventData(value, options) {
  return $validate(
    $isAcsIncomingCallEventData,
    $checkAcsIncomingCallEventData,
    value,
    options
  );
}
function isAcsIncomingCallEventData(value) {
  try {
    return $isAcsIncomingCallEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsIncomingCallEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["to"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 !== void 0 && (!("to" in r1) || $hasOwn.call(v, "to"))) {
    if (!$isCommunicationIdentifier(v2, s)) return false;
  }
  const v5 = v["from"];
  if (v5 !== void 0 && (!("from" in r1) || $hasOwn.call(v, "from"))) {
    if (!$isCommunicationIdentifier(v5, s)) return false;
  }
  const v8 = v["serverCallId"];
  if (typeof v8 !== "string" && v8 !== void 0 && (!("serverCallId" in r1) || $hasOwn.call(v, "serverCallId")))
    return false;
  const v9 = v["callerDisplayName"];
  if (typeof v9 !== "string" && v9 !== void 0 && (!("callerDisplayName" in r1) || $hasOwn.call(v, "callerDisplayName")))
    return false;
  const v10 = v["customContext"];
  if (v10 !== void 0 && (!("customContext" in r1) || $hasOwn.call(v, "customContext"))) {
    if (!$isIncomingCallCustomContext(v10, s)) return false;
  }
  const v13 = v["incomingCallContext"];
  if (typeof v13 !== "string" && v13 !== void 0 && (!("incomingCallContext" in r1) || $hasOwn.call(v, "incomingCallContext")))
    return false;
  const v14 = v["onBehalfOfCallee"];
  if (v14 !== void 0 && (!("onBehalfOfCallee" in r1) || $hasOwn.call(v, "onBehalfOfCallee"))) {
    if (!$isCommunicationIdentifier(v14, s)) return false;
  }
  const v17 = v["correlationId"];
  if (typeof v17 !== "string" && v17 !== void 0 && (!("correlationId" in r1) || $hasOwn.call(v, "correlationId")))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "to",
      "from",
      "serverCallId",
      "callerDisplayName",
      "customContext",
      "incomingCallContext",
      "onBehalfOfCallee",
      "correlationId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsIncomingCallEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["to"];
    if ($has(e, p, "to" in r1 && v, "to", v2)) {
      $checkCommunicationIdentifier(v2, p + "/to", e, s);
    }
    const v5 = v["from"];
    if ($has(e, p, "from" in r1 && v, "from", v5)) {
      $checkCommunicationIdentifier(v5, p + "/from", e, s);
    }
    $checkStringProperty(e, p, "serverCallId" in r1 && v, "serverCallId", v["serverCallId"], true);
    $checkStringProperty(
      e,
      p,
      "callerDisplayName" in r1 && v,
      "callerDisplayName",
      v["callerDisplayName"],
      true
    );
    const v8 = v["customContext"];
    if ($has(e, p, "customContext" in r1 && v, "customContext", v8)) {
      $checkIncomingCallCustomContext(v8, p + "/customContext", e, s);
    }
    $checkStringProperty(
      e,
      p,
      "incomingCallContext" in r1 && v,
      "incomingCallContext",
      v["incomingCallContext"],
      true
    );
    const v11 = v["onBehalfOfCallee"];
    if ($has(e, p, "onBehalfOfCallee" in r1 && v, "onBehalfOfCallee", v11)) {
      $checkCommunicationIdentifier(v11, p + "/onBehalfOfCallee", e, s);
    }
    $checkStringProperty(e, p, "correlationId" in r1 && v, "correlationId", v["correlationId"], true);
    if (s) {
      $extraKeys(e, p, v, [
        "to",
        "from",
        "serverCallId",
        "callerDisplayName",
        "customContext",
        "incomingCallContext",
        "onBehalfOfCallee",
        "correlationId"
      ]);
    }
  }
}
export {
  isAcsIncomingCallEventData,
  validateAcsIncomingCallEventData
};
