#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  MAX_FILE_BYTES,
  applyUvSources,
  classifyFile,
  compareVersions,
  contains,
  createBoundedCache,
  createRequirementsReader,
  decodeRequirementsBytes,
  describeFsError,
  fsPathView,
  hasUpperBound,
  intersect,
  isDependencyTemplate,
  isEmpty,
  isExactPin,
  isPrerelease,
  isTemplateName,
  listDynamicFiles,
  makeVersion,
  markerMayHold,
  markersEqual,
  markersMayMeet,
  negateMarker,
  normalizeName,
  parentOf,
  parseDiscoveredFile,
  parsePep508,
  parsePep508Marker,
  parsePyproject,
  parseRequirementsTxt,
  parseSpecifierSet,
  parseToml,
  parseVersion,
  readCompiledHeader,
  readTextFile,
  resolvePath,
  sampleMember,
  subset,
  updateType,
  versionKey
} from "./cli-B6CX3PL5.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./cli-2YH6FNA5.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input2, char, lastIdx) => {
      const idx = input2.lastIndexOf(char, lastIdx);
      if (idx === -1) return input2;
      if (input2[idx - 1] === "\\") return exports.escapeLast(input2, char, idx - 1);
      return `${input2.slice(0, idx)}\\${input2.slice(idx)}`;
    };
    exports.removePrefix = (input2, state = {}) => {
      let output2 = input2;
      if (output2.startsWith("./")) {
        output2 = output2.slice(2);
        state.prefix = "./";
      }
      return output2;
    };
    exports.wrapOutput = (input2, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output2 = `${prepend}(?:${input2})${append}`;
      if (state.negated === true) {
        output2 = `(?:^(?!${output2}).*$)`;
      }
      return output2;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input2, options) => {
      const opts = options || {};
      const length = input2.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input2;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input: input2,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input2.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input2.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input2.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input2) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input2) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal2 = normalizeSimpleBranch(branch);
        if (literal2 && literal2.length === 1) {
          safeChars.push(literal2);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse5 = (input2, options) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected a string");
      }
      input2 = REPLACEMENTS[input2] || input2;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input2.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input: input2,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input2 = utils.removePrefix(input2, state);
      len = input2.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input2[state.index + n];
      const advance = state.advance = () => input2[++state.index] || "";
      const remaining = () => input2.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output2 = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output: output2 });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal2 = input2.slice(token.startIndex, state.index + 1);
        const body = input2.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open4 = tokens[token.tokensIndex];
          open4.type = "text";
          open4.value = literal2;
          open4.output = safeOutput || utils.escapeRegex(literal2);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open4.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output2 = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output2 = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse5(rest, { ...options, fastpaths: false }).output;
            output2 = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output: output2 });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input2)) {
        let backslashes = false;
        let output2 = input2.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc2, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc2) {
              return esc2 + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc2) {
              return esc2 + first + (rest ? star : "");
            }
            return star;
          }
          return esc2 ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output2 = output2.replace(/\\/g, "");
          } else {
            output2 = output2.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output2 === input2 && opts.contains === true) {
          state.output = input2;
          return state;
        }
        state.output = utils.wrapOutput(output2, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix9 = POSIX_REGEX_SOURCE[rest2];
                if (posix9) {
                  prev.value = pre + posix9;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open4 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open4);
          push(open4);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output2 = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output2 = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output2 = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output: output2 });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output2 = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output2 = "|";
          }
          push({ type: "comma", value, output: output2 });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output2 = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output2 = `\\${value}`;
            }
            push({ type: "text", value, output: output2 });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input2[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse5.fastpaths = (input2, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input2.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input2 = REPLACEMENTS[input2] || input2;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output2 = utils.removePrefix(input2, state);
      let source = create(output2);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse5;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse5 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject3 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch12 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input2) => picomatch12(input2, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject3(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix9 = opts.windows;
      const regex = isState ? picomatch12.compileRe(glob, options) : picomatch12.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch12(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input2, returnObject = false) => {
        const { isMatch, match, output: output2 } = picomatch12.test(input2, regex, options, { glob, posix: posix9 });
        const result = { glob, state, regex, posix: posix9, input: input2, output: output2, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input2)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch12.test = (input2, regex, options, { glob, posix: posix9 } = {}) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input2 === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix9 ? utils.toPosixSlashes : null);
      let match = input2 === glob;
      let output2 = match && format ? format(input2) : input2;
      if (match === false) {
        output2 = format ? format(input2) : input2;
        match = output2 === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch12.matchBase(input2, regex, options, posix9);
        } else {
          match = regex.exec(output2);
        }
      }
      return { isMatch: Boolean(match), match, output: output2 };
    };
    picomatch12.matchBase = (input2, glob, options, posix9 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch12.makeRe(glob, options);
      return regex.test(utils.basename(input2, { windows: posix9 }));
    };
    picomatch12.isMatch = (str, patterns, options) => picomatch12(patterns, options)(str);
    picomatch12.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch12.parse(p, options));
      return parse5(pattern, { ...options, fastpaths: false });
    };
    picomatch12.scan = (input2, options) => scan(input2, options);
    picomatch12.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch12.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch12.makeRe = (input2, options = {}, returnOutput = false, returnState = false) => {
      if (!input2 || typeof input2 !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input2[0] === "." || input2[0] === "*")) {
        parsed.output = parse5.fastpaths(input2, options);
      }
      if (!parsed.output) {
        parsed = parse5(input2, options);
      }
      return picomatch12.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch12.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch12.constants = constants;
    module.exports = picomatch12;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch12(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch12, pico);
    module.exports = picomatch12;
  }
});

// src/audit.ts
import { realpath as realpath2 } from "node:fs/promises";
import { posix as posix6 } from "node:path";

// src/discover/audit-globs.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";

// src/errors.ts
var ConfigurationError = class extends Error {
  constructor(message, file2 = null, line = null) {
    super(message);
    this.file = file2;
    this.line = line;
  }
  file;
  line;
  name = "ConfigurationError";
};
function describeConfigurationError(error2) {
  if (error2.file === null) return error2.message;
  const where2 = `${error2.file}${error2.line ? `:${error2.line}` : ""}`;
  return error2.message.startsWith(error2.file) ? error2.message : `${where2}: ${error2.message}`;
}

// src/discover/audit-globs.ts
function checkGlobsCompile(globs) {
  for (const kind of ["include", "exclude"])
    for (const glob of globs[kind]) {
      let source;
      try {
        source = import_picomatch.default.makeRe(glob, {
          dot: true,
          strictBrackets: true
        }).source;
      } catch (error2) {
        throw new ConfigurationError(
          `invalid ${kind} glob ${JSON.stringify(glob)}: ${error2 instanceof Error ? error2.message : String(error2)}`
        );
      }
      if (source === "$^")
        throw new ConfigurationError(
          `invalid ${kind} glob ${JSON.stringify(glob)}: it can match no path`
        );
    }
}
function scopeGlob(glob, scope) {
  if (scope === "." || scope === "") return glob;
  const negated = glob.startsWith("!");
  const body = negated ? glob.slice(1) : glob;
  return `${negated ? "!" : ""}${scope}/${body.replace(/^\.\//, "")}`;
}
function checkGlobsMatched(globs, scope, discovery) {
  const checks = [
    { kind: "include", paths: discovery.files.map((f) => f.path) },
    { kind: "exclude", paths: discovery.excluded }
  ];
  for (const { kind, paths } of checks)
    for (const glob of globs[kind]) {
      const scoped = scopeGlob(glob, scope);
      const matches2 = (0, import_picomatch.default)(scoped, { dot: true });
      if (paths.some((path) => matches2(path) || matches2(`${path}/`))) continue;
      const what = kind === "include" ? "no dependency file" : "nothing";
      const hint = suggestGlob(glob, join(discovery.rootReal, scope));
      throw new ConfigurationError(
        `--${kind} ${JSON.stringify(glob)} matches ${what}${hint === null ? "" : `; did you mean \`${hint}\`?`}`
      );
    }
}
function suggestGlob(glob, base) {
  const plain = glob.replace(/\/+$/, "");
  if (!import_picomatch.default.scan(plain).isGlob) {
    const path = join(base, plain);
    if (existsSync(path) && statSync(path).isDirectory()) return `${plain}/**`;
    return null;
  }
  return plain.includes("/") ? null : `**/${plain}`;
}

// src/discover/discover-files.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { realpath } from "node:fs/promises";
import { join as join4, relative, sep } from "node:path";

// src/discover/compiled-header-sniff.ts
import { open } from "node:fs/promises";
var HEAD_BYTES = 4096;
function mayBeCompiledOutput(relPath) {
  return /\.(txt|lock)$/i.test(relPath);
}
async function keepCompiledOutputs(candidates) {
  const kept = [];
  for (const file2 of candidates)
    if (readCompiledHeader(await readHead(file2.absPath)) !== null)
      kept.push(file2);
  return kept;
}
async function readHead(absPath) {
  try {
    const handle = await open(absPath, "r");
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      return buffer.subarray(0, bytesRead).toString("utf8");
    } finally {
      await handle.close();
    }
  } catch {
    return "";
  }
}

// src/discover/discover-walk.ts
import { readdir as readdir2 } from "node:fs/promises";
import { join as join3 } from "node:path";

// src/discover/skipped-dirs.ts
import { readdir } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/discover/virtualenv.ts
function describeVirtualenvSkip(entries) {
  const has = (name2, dir) => entries.some(
    (e) => e.name === name2 && (dir ? e.isDirectory() : e.isFile())
  );
  if (!has("pyvenv.cfg", false)) return null;
  const scripts = has("bin", true) ? "bin" : has("Scripts", true) ? "Scripts" : null;
  const lib = has("lib", true) ? "lib" : has("Lib", true) ? "Lib" : null;
  if (scripts === null || lib === null) return null;
  return `skipped as a virtualenv (pyvenv.cfg, ${scripts}/ and ${lib}/): installed packages, not this repository's declarations`;
}

// src/discover/skipped-dirs.ts
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules",
  "__pycache__"
]);
var TOOL_ENV_DIRS = /* @__PURE__ */ new Set([".tox", ".nox"]);
function skipByName(name2) {
  if (SKIPPED_DIRS.has(name2))
    return {
      said: false,
      message: `${name2} is never read`,
      what: "never read"
    };
  if (TOOL_ENV_DIRS.has(name2))
    return {
      said: true,
      what: `${name2 === ".tox" ? "tox" : "nox"}'s environments`,
      message: `skipped: ${name2} holds ${name2 === ".tox" ? "tox" : "nox"}'s environments, not this repository's declarations`
    };
  if (isTemplateName(name2))
    return {
      said: true,
      what: "a template directory",
      message: "template directory (a `{{` or `{%` placeholder in its name); not audited: its files are rendered into a project before anything installs them"
    };
  return null;
}
function skipByEntries(entries) {
  return describeVirtualenvSkip(entries);
}
async function findSkippedAncestor(rootReal, path) {
  const parts = path.split("/").slice(0, -1);
  for (let i = 0; i < parts.length; i++) {
    const dir = parts.slice(0, i + 1).join("/");
    const byName = skipByName(parts[i]);
    if (byName !== null) return `'${dir}' (${byName.what})`;
    const entries = await readdir(join2(rootReal, ...parts.slice(0, i + 1)), {
      withFileTypes: true
    }).catch(() => null);
    const byEntries = entries === null ? null : skipByEntries(entries);
    if (byEntries !== null) return `'${dir}' (a virtualenv)`;
  }
  return null;
}

// src/discover/discover-links.ts
async function followLink(rootReal, view, relPath, names) {
  const resolved = await resolvePath(view, "", relPath);
  const dependencyFile = classifyFile(relPath, names) !== null;
  if (!resolved.ok)
    return refuse(
      relPath,
      dependencyFile,
      resolved.reason === "missing" ? `broken symbolic link: ${resolved.message}` : `symbolic link not followed: ${resolved.message}`,
      resolved.reason !== "missing"
    );
  if (resolved.kind === "dir") return { kind: "dir", path: resolved.path };
  if (resolved.kind !== "file") return { kind: "none", path: relPath };
  const skipped = await findSkippedAncestor(rootReal, resolved.path);
  if (skipped === null) return { kind: "file", path: resolved.path };
  return refuse(
    relPath,
    dependencyFile,
    `symbolic link not followed: it leads to '${resolved.path}' inside ${skipped}, which pin-audit does not read`,
    true
  );
}
function refuse(relPath, dependencyFile, message, unauditable) {
  const issue2 = dependencyFile && unauditable ? {
    severity: "error",
    rule: "unauditable",
    path: relPath,
    message: `${message}; an installer would read it, so it was not audited; make it a regular file in the repository`
  } : {
    severity: dependencyFile ? "error" : "warning",
    path: relPath,
    message
  };
  return { kind: "none", path: relPath, issue: issue2 };
}

// src/discover/discover-walk.ts
async function walk(state, absDir, relDir, ancestors) {
  const entries = await listDirectory(state, absDir, relDir);
  if (entries === null) return;
  const names = new Set(entries.map((e) => e.name));
  const subdirs = [];
  for (const entry of entries) {
    const relPath = relDir ? `${relDir}/${entry.name}` : entry.name;
    const absPath = join3(absDir, entry.name);
    if (entry.isSymbolicLink()) {
      await visitLink(state, entry, relPath, names, ancestors);
      continue;
    }
    if (isTemplateName(entry.name)) {
      noticeTemplate(state, entry, relPath);
      continue;
    }
    if (entry.isDirectory()) {
      if (enters(state, entry.name, relPath))
        subdirs.push(walk(state, absPath, relPath, [...ancestors, absPath]));
    } else if (entry.isFile()) addFile(state, relPath, absPath, names);
  }
  await Promise.all(subdirs);
}
async function listDirectory(state, absDir, relDir) {
  let entries;
  try {
    entries = await readdir2(absDir, { withFileTypes: true });
  } catch (error2) {
    state.issues.push({
      severity: "warning",
      path: relDir || ".",
      message: `directory not audited: ${describeFsError(error2)}`
    });
    return null;
  }
  const skipped = relDir === "" ? null : skipByEntries(entries);
  if (skipped === null) return entries;
  state.issues.push({ severity: "notice", path: relDir, message: skipped });
  return null;
}
function enters(state, name2, relPath) {
  const skip = skipByName(name2);
  if (skip !== null && !skip.said) return false;
  if (state.isExcluded(relPath, true)) return false;
  if (skip === null) return true;
  state.issues.push({
    severity: "notice",
    path: relPath,
    message: skip.message
  });
  return false;
}
function noticeTemplate(state, entry, relPath) {
  if (state.isExcluded(relPath, true)) return;
  if (!entry.isDirectory() && !isDependencyTemplate(entry.name)) return;
  state.issues.push({
    severity: "notice",
    path: relPath,
    message: `template ${entry.isDirectory() ? "directory" : "file"} (a \`{{\` or \`{%\` placeholder in its name); not audited: its files are rendered into a project before anything installs them`
  });
}
function addFile(state, relPath, target, names) {
  if (!state.included(relPath) || state.isExcluded(relPath, false)) return;
  const kind = classifyFile(relPath, names);
  if (kind) state.files.push({ path: relPath, absPath: target, kind });
  else if (mayBeCompiledOutput(relPath))
    state.candidates.push({
      path: relPath,
      absPath: target,
      kind: "requirements"
    });
}
async function visitLink(state, entry, relPath, names, ancestors) {
  const link = await followLink(state.rootReal, state.view, relPath, names);
  if (link.issue) state.issues.push(link.issue);
  if (link.kind === "dir" && ancestors.includes(join3(state.rootReal, link.path)))
    state.issues.push({
      severity: "warning",
      path: relPath,
      message: "symbolic link loop (points back to a directory that contains it); not followed"
    });
  if (link.kind !== "file") return;
  if (isTemplateName(entry.name)) noticeTemplate(state, entry, relPath);
  else
    addFile(
      state,
      relPath,
      join3(state.rootReal, ...link.path.split("/")),
      names
    );
}

// src/discover/discover-files.ts
async function discoverFiles(root, options = {}) {
  const rootReal = await realpath(root);
  const included = options.include?.length ? (0, import_picomatch2.default)([...options.include], { dot: true }) : () => true;
  const excluded = options.exclude?.length ? (0, import_picomatch2.default)([...options.exclude], { dot: true }) : () => false;
  const skipped = [];
  const state = {
    rootReal,
    view: fsPathView(rootReal),
    included,
    isExcluded: (path, dir) => {
      const hit = excluded(path) || dir && excluded(`${path}/`);
      if (hit) skipped.push(path);
      return hit;
    },
    files: [],
    issues: [],
    candidates: []
  };
  const scope = options.scope && options.scope !== "." ? options.scope : "";
  const start = scope ? join4(rootReal, scope) : rootReal;
  await walk(state, start, scope, [rootReal, ...scope ? [start] : []]);
  const files = [
    ...state.files,
    ...await keepCompiledOutputs(state.candidates)
  ].sort((a, b) => compareStrings(a.path, b.path));
  const issues = state.issues.sort(
    (a, b) => compareStrings(a.path, b.path) || compareStrings(a.message, b.message)
  );
  return { rootReal, files, issues, excluded: skipped };
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/discover/group-projects.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);
import { posix } from "node:path";

// src/discover/build-install-sets.ts
var LOCK_KINDS = /* @__PURE__ */ new Set(["uv-lock", "poetry-lock", "pylock"]);
function assignInstallSets(projects, parsed) {
  const compiledInputs = /* @__PURE__ */ new Set();
  const byDir = /* @__PURE__ */ new Map();
  const add = (dir, set2) => byDir.set(dir, [...byDir.get(dir) ?? [], set2]);
  for (const item2 of parsed) {
    if (item2.kind !== "requirements") continue;
    const set2 = describeRequirementsSet(item2.file.path, item2.value);
    for (const input2 of set2.inputs) compiledInputs.add(input2);
    add(dirOf(item2.file.path), set2);
  }
  shareInputRequirements(projects, byDir);
  for (const project of projects) {
    const sets = (byDir.get(project.path) ?? []).filter(
      // An input is installed through its compiled output, not by itself.
      (set2) => set2.kind !== "requirements" || !compiledInputs.has(set2.root)
    );
    const pyproject = project.files.find((f) => f.kind === "pyproject");
    if (pyproject !== void 0) {
      const locks = new Set(
        project.files.filter((f) => LOCK_KINDS.has(f.kind)).map((f) => f.path)
      );
      for (const entry of project.locked) locks.add(entry.file);
      sets.unshift({
        kind: "pyproject",
        root: pyproject.path,
        files: [pyproject.path, ...[...locks].sort(compareStrings)],
        constraints: [],
        inputs: []
      });
    } else {
      const locks = project.files.filter((f) => LOCK_KINDS.has(f.kind));
      for (const lock of locks)
        sets.push({
          kind: "pyproject",
          root: lock.path,
          files: [lock.path],
          constraints: [],
          inputs: []
        });
      if (sets.length === 0 && project.files.length > 0)
        sets.push({
          kind: "pyproject",
          root: project.files[0].path,
          files: project.files.map((f) => f.path),
          constraints: [],
          inputs: []
        });
    }
    project.installSets = sets.sort(
      (a, b) => (a.kind === "pyproject" ? 0 : 1) - (b.kind === "pyproject" ? 0 : 1) || compareStrings(a.root, b.root)
    );
  }
}
function describeRequirementsSet(own2, resolved) {
  const constraints = new Set(
    resolved.requirements.filter((r) => r.group === "constraints-file").map((r) => r.file)
  );
  const compiled = resolved.compiled;
  const inputs = new Set(compiled?.inputFiles ?? []);
  const files = [...resolved.files];
  for (const input2 of compiled?.inputs ?? []) {
    if (!input2.found) continue;
    inputs.add(input2.path);
    if (!files.includes(input2.path)) files.push(input2.path);
  }
  for (const c of compiled?.constraintFiles ?? []) constraints.add(c);
  return {
    kind: compiled === void 0 ? "requirements" : "compiled",
    root: own2,
    files,
    constraints: [...constraints].sort(compareStrings),
    inputs: [...inputs].sort(compareStrings),
    ...compiled === void 0 ? {} : {
      compiled: {
        line: compiled.header?.line ?? null,
        missing: compiled.missing,
        extras: compiled.header?.extras ?? [],
        allExtras: compiled.header?.allExtras ?? false
      }
    }
  };
}
function shareInputRequirements(projects, byDir) {
  for (const project of projects)
    for (const set2 of byDir.get(project.path) ?? []) {
      const foreign = new Set(
        set2.inputs.filter((file2) => dirOf(file2) !== project.path)
      );
      if (foreign.size === 0) continue;
      const known = new Set(
        project.requirements.map((r) => `${r.file}\0${r.line}\0${r.name}`)
      );
      for (const other of projects) {
        if (other === project) continue;
        for (const r of other.requirements) {
          const key = `${r.file}\0${r.line}\0${r.name}`;
          if (!foreign.has(r.file) || known.has(key)) continue;
          known.add(key);
          project.requirements.push(r);
        }
      }
    }
}
function dirOf(path) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "." : path.slice(0, slash);
}

// src/discover/workspace-sources.ts
function applyWorkspaceSources(member, memberPyproject, root, rootPyproject) {
  const own2 = new Set(memberPyproject.uv.sources.map((s) => s.name));
  const inherited = rootPyproject.uv.sources.filter((s) => !own2.has(s.name));
  const rootFile = root.files.find((f) => f.kind === "pyproject")?.path;
  const memberFile = member.files.find((f) => f.kind === "pyproject")?.path;
  if (inherited.length === 0 || rootFile === void 0 || memberFile === void 0)
    return;
  const fromMember = member.requirements.filter((r) => r.file === memberFile);
  const applied = applyUvSources(fromMember, inherited, rootFile);
  const replaced = new Map(fromMember.map((r, i) => [r, applied[i] ?? r]));
  member.requirements = member.requirements.map((r) => replaced.get(r) ?? r);
}

// src/discover/group-projects.ts
function groupProjects(files, parsed, report) {
  const byDir = /* @__PURE__ */ new Map();
  const entryFor = (path) => {
    const dir = dirOf2(path);
    let entry = byDir.get(dir);
    if (!entry) {
      entry = {
        project: {
          path: dir,
          workspace: null,
          files: [],
          requirements: [],
          locked: [],
          requiresPython: null,
          lockMetadata: [],
          pipOptions: []
        },
        pyproject: null,
        uvLock: null
      };
      byDir.set(dir, entry);
    }
    return entry;
  };
  for (const file2 of files)
    entryFor(file2.path).project.files.push({
      path: file2.path,
      kind: file2.kind
    });
  const seenRequirementKeys = /* @__PURE__ */ new Map();
  const addRequirements = (project, requirements) => {
    const seen = seenRequirementKeys.get(project.path) ?? /* @__PURE__ */ new Set();
    seenRequirementKeys.set(project.path, seen);
    for (const r of requirements) {
      const key = `${r.file}\0${r.line}\0${r.name}\0${r.group}`;
      if (seen.has(key)) continue;
      seen.add(key);
      project.requirements.push(r);
    }
  };
  for (const item2 of parsed)
    addParsedFile(entryFor(item2.file.path), item2, addRequirements);
  linkWorkspaces(byDir, report);
  for (const entry of byDir.values()) finishProject(entry, byDir);
  const projects = [...byDir.values()].map((e) => e.project).sort((a, b) => compareStrings(a.path, b.path));
  assignInstallSets(projects, parsed);
  return projects;
}
function addParsedFile(entry, item2, addRequirements) {
  const project = entry.project;
  switch (item2.kind) {
    case "pyproject":
      entry.pyproject = item2.value;
      addRequirements(project, item2.value.requirements);
      project.requiresPython = item2.value.requiresPython;
      project.name = item2.value.name;
      if (item2.value.uv.excludeNewer !== null)
        project.excludeNewer = item2.value.uv.excludeNewer;
      if (item2.sources?.length)
        project.packageSources = [
          ...project.packageSources ?? [],
          ...item2.sources
        ];
      if (findDefaultUvIndex(item2.value) !== null)
        project.indexUrl = findDefaultUvIndex(item2.value);
      break;
    case "requirements":
      addRequirements(project, item2.value.requirements);
      project.pipOptions.push(...item2.value.options);
      break;
    case "uv-lock":
      entry.uvLock = item2.value;
      project.locked.push(...item2.value.packages);
      break;
    case "pylock":
      project.locked.push(...item2.value.packages);
      break;
    case "poetry-lock":
      project.locked.push(...item2.value.packages);
      break;
  }
}
function finishProject({ project, pyproject, uvLock }, byDir) {
  const lock = uvLock ?? (project.workspace ? byDir.get(project.workspace)?.uvLock : null);
  const ownName = pyproject?.name;
  const root = project.workspace ? byDir.get(project.workspace) : void 0;
  if (root && root.project !== project) {
    if (root.project.excludeNewer)
      project.excludeNewer = root.project.excludeNewer;
    if (root.project.indexUrl) project.indexUrl = root.project.indexUrl;
  }
  if (lock && ownName)
    project.lockMetadata = lock.metadata.filter((m) => m.package === ownName);
  project.files.sort((a, b) => compareStrings(a.path, b.path));
  project.requirements.sort(compareByLocation);
  project.locked.sort(compareByLocation);
}
function linkWorkspaces(byDir, report) {
  for (const root of byDir.values()) {
    const workspace = root.pyproject?.uv.workspace;
    if (!workspace) continue;
    root.project.workspace = root.project.path;
    const members2 = (0, import_picomatch3.default)(workspace.members.map(stripDotSlash), {
      dot: true
    });
    const excluded = workspace.exclude.length ? (0, import_picomatch3.default)(workspace.exclude.map(stripDotSlash), { dot: true }) : () => false;
    for (const member of byDir.values()) {
      if (member === root || !member.pyproject) continue;
      const rel = relativeDir(root.project.path, member.project.path);
      if (rel === null || !members2(rel) || excluded(rel)) continue;
      if (member.project.workspace && member.project.workspace !== root.project.path) {
        const file2 = member.project.files.find((f) => f.kind === "pyproject")?.path ?? member.project.path;
        report(file2, {
          severity: "warning",
          line: null,
          message: `member of two uv workspaces (${member.project.workspace} and ${root.project.path}); linked to the first`
        });
        continue;
      }
      member.project.workspace = root.project.path;
      if (root.pyproject)
        applyWorkspaceSources(
          member.project,
          member.pyproject,
          root.project,
          root.pyproject
        );
      if (!member.uvLock && root.uvLock)
        member.project.locked.push(
          ...root.uvLock.packages
        );
    }
  }
}
function findDefaultUvIndex(pyproject) {
  const tables = pyproject.document?.value.tool?.uv?.index;
  if (!Array.isArray(tables)) return null;
  for (const table of tables) {
    if (typeof table !== "object" || table === null) continue;
    const entry = table;
    if (entry.default === true && typeof entry.url === "string")
      return entry.url;
  }
  return null;
}
function stripDotSlash(glob) {
  return glob.replace(/^\.\//, "").replace(/\/+$/, "");
}
function relativeDir(from, to) {
  if (from === ".") return to === "." ? null : to;
  return to.startsWith(`${from}/`) ? to.slice(from.length + 1) : null;
}
function dirOf2(path) {
  const dir = posix.dirname(path);
  return dir === "" ? "." : dir;
}
function compareByLocation(a, b) {
  return compareStrings(a.file, b.file) || a.line - b.line || compareStrings(a.name, b.name);
}

// src/discover/parse-pool.ts
import { existsSync as existsSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var RECYCLE_HEAP_BYTES = 96 * 1024 * 1024;
var RECYCLE_MIN_FILES = 200;
var DEFAULT_MIN_FILES = 256;
var IN_FLIGHT_PER_WORKER = 2;
function canUseParsePool(options, fileCount) {
  if (!options) return false;
  if (fileCount < (options.minFiles ?? DEFAULT_MIN_FILES)) return false;
  if (countThreads(options) < 1) return false;
  try {
    return existsSync2(fileURLToPath(options.workerUrl));
  } catch {
    return false;
  }
}
function countThreads(options) {
  return options.threads ?? availableParallelism();
}
function parseInWorkers(files, data, options) {
  if (files.length === 0) return Promise.resolve([]);
  const threads = Math.max(1, Math.min(countThreads(options), files.length));
  return new Promise((resolvePool, rejectPool) => {
    const pool = {
      files,
      data,
      options,
      results: new Array(files.length),
      workers: [],
      intern: createInterner(),
      next: 0,
      done: 0,
      failed: false,
      fail: (error2) => {
        if (pool.failed) return;
        pool.failed = true;
        for (const worker of pool.workers) void worker.terminate();
        rejectPool(error2 instanceof Error ? error2 : new Error(String(error2)));
      },
      finish: () => {
        for (const w of pool.workers) void w.terminate();
        resolvePool(pool.results);
      }
    };
    for (let t = 0; t < threads; t++) startWorker(pool);
  });
}
function startWorker(pool) {
  const { files, options } = pool;
  const recycleBytes = options.recycleHeapBytes ?? RECYCLE_HEAP_BYTES;
  const recycleMinFiles = options.recycleMinFiles ?? RECYCLE_MIN_FILES;
  const worker = new Worker(options.workerUrl, { workerData: pool.data });
  pool.workers.push(worker);
  let inFlight = 0;
  let parsed = 0;
  let retiring = false;
  const feed = () => {
    if (pool.next >= files.length) return;
    inFlight++;
    const index = pool.next++;
    worker.postMessage({
      index,
      file: files[index]
    });
  };
  worker.on("message", (response) => {
    if (pool.failed) return;
    if (!response.ok) return pool.fail(new Error(response.error));
    inFlight--;
    parsed++;
    pool.results[response.index] = restoreOutcome(
      response.outcome,
      pool.intern
    );
    pool.done++;
    if (pool.done === files.length) return pool.finish();
    if (!retiring && parsed >= recycleMinFiles && response.heapBytes > recycleBytes && pool.next < files.length) {
      retiring = true;
      startWorker(pool);
    }
    if (!retiring) feed();
    else if (inFlight === 0) {
      pool.workers.splice(pool.workers.indexOf(worker), 1);
      void worker.terminate();
    }
  });
  worker.on("error", pool.fail);
  worker.on("exit", (code) => {
    if (pool.done < files.length && !(retiring && inFlight === 0))
      pool.fail(new Error(`parse worker exited with code ${code}`));
  });
  for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) feed();
}
function restoreOutcome(outcome, intern) {
  const parsed = outcome.parsed;
  if (parsed === null) return outcome;
  const requirements = (list) => {
    for (const r of list) {
      r.name = intern(r.name);
      r.specifier = intern(r.specifier);
      if (r.marker !== null) r.marker = intern(r.marker);
      r.group = intern(r.group);
      r.file = intern(r.file);
    }
  };
  const locked = (list) => {
    for (const l of list) {
      l.name = intern(l.name);
      if (l.version !== null) l.version = intern(l.version);
      l.source = intern(l.source);
      if (l.sourceUrl !== null) l.sourceUrl = intern(l.sourceUrl);
      if (l.marker !== null) l.marker = intern(l.marker);
      l.file = intern(l.file);
      for (const d of l.dependencies) d.name = intern(d.name);
    }
  };
  switch (parsed.kind) {
    case "pyproject":
      if (parsed.value.document !== null)
        parsed.value.document.lineOf = () => void 0;
      requirements(parsed.value.requirements);
      break;
    case "requirements":
      requirements(parsed.value.requirements);
      break;
    default:
      locked(parsed.value.packages);
  }
  return outcome;
}
function createInterner() {
  const seen = /* @__PURE__ */ new Map();
  return (text3) => {
    const known = seen.get(text3);
    if (known !== void 0) return known;
    seen.set(text3, text3);
    return text3;
  };
}

// src/index/index-endpoint.ts
var DEFAULT_INDEX_URL = "https://pypi.org";
var INDEX_TOKEN_ENV = "PIN_AUDIT_INDEX_TOKEN";
function parseIndexEndpoint(raw, token = null) {
  let url2;
  try {
    url2 = new URL(raw.trim());
  } catch {
    return {
      ok: false,
      error: `"${redactUrl(raw)}" is not an absolute URL (expected e.g. https://pypi.org/simple)`
    };
  }
  if (url2.protocol !== "https:" && url2.protocol !== "http:")
    return {
      ok: false,
      error: `index URL must use https:// or http://, got ${url2.protocol}`
    };
  const secrets = [];
  let authorization = null;
  const user = decodeURIComponent(url2.username);
  const password = decodeURIComponent(url2.password);
  if (token !== null && token !== "") {
    secrets.push(token);
    if (token.includes(":")) {
      const [tokenUser = "", ...rest] = token.split(":");
      secrets.push(rest.join(":"));
      authorization = basic(tokenUser, rest.join(":"), secrets);
    } else authorization = `Bearer ${token}`;
  } else if (user !== "" || password !== "") {
    authorization = basic(user, password, secrets);
  }
  if (url2.username !== "") secrets.push(url2.username, user);
  if (url2.password !== "") secrets.push(url2.password, password);
  if (authorization !== null) secrets.push(authorization);
  url2.username = "";
  url2.password = "";
  url2.search = "";
  url2.hash = "";
  const clean = url2.toString().replace(/\/+$/, "");
  const api = /\/simple$/i.test(new URL(clean).pathname) ? "simple" : "json";
  return {
    ok: true,
    value: {
      url: clean,
      api,
      authorization,
      secrets: [...new Set(secrets.filter((s) => s.length >= 3))]
    }
  };
}
function basic(user, password, secrets) {
  const encoded = Buffer.from(`${user}:${password}`).toString("base64");
  secrets.push(encoded);
  return `Basic ${encoded}`;
}
function redactUrl(text3) {
  return text3.replace(/:\/\/[^/@\s]*@/g, "://");
}
function listIndexSecrets(options) {
  const token = options.env?.[INDEX_TOKEN_ENV] ?? null;
  const secrets = /* @__PURE__ */ new Set();
  if (token) secrets.add(token);
  if (options.indexUrl !== void 0) {
    const parsed = parseIndexEndpoint(options.indexUrl, token);
    if (parsed.ok) for (const s of parsed.value.secrets) secrets.add(s);
  }
  return [...secrets];
}
function maskSecrets(text3, secrets) {
  let out = text3;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length))
    if (secret.length > 0) out = out.split(secret).join("***");
  return out;
}

// src/index/index-facts.ts
function projectReleaseKey(project, name2, version3) {
  return `${project}\0${name2}\0${version3}`;
}
function createEmptyIndexFacts() {
  return { online: false, indexByProject: /* @__PURE__ */ new Map(), releases: /* @__PURE__ */ new Map() };
}

// src/index/host-gate.ts
function createHostGate(options) {
  const max = Math.max(1, Math.floor(options.max));
  let limit = max;
  let active = 0;
  let successes = 0;
  let round = 0;
  let pausedUntil = 0;
  const waiting = [];
  const wake = () => {
    while (active < limit && waiting.length > 0) {
      active++;
      waiting.shift()?.();
    }
  };
  const acquire = async () => {
    if (active < limit && waiting.length === 0) active++;
    else await new Promise((resolve7) => waiting.push(resolve7));
    for (let wait = pausedUntil - options.now(); wait > 0; ) {
      await options.sleep(wait);
      wait = pausedUntil - options.now();
    }
  };
  return {
    async run(task) {
      await acquire();
      try {
        return await task(round);
      } finally {
        active--;
        wake();
      }
    },
    slowDown(ticket, pauseMs) {
      if (pauseMs !== null && pauseMs > 0)
        pausedUntil = Math.max(pausedUntil, options.now() + pauseMs);
      if (ticket !== round) return;
      round++;
      successes = 0;
      limit = Math.max(1, Math.floor(limit / 2));
    },
    speedUp() {
      if (limit >= max) return;
      successes++;
      if (successes < limit) return;
      successes = 0;
      limit++;
      wake();
    },
    get limit() {
      return limit;
    }
  };
}

// src/index/http-transport.ts
var MAX_BODY_BYTES = 64 * 1024 * 1024;
async function createTransport(env, connections) {
  const loaded = await import("./cli-PEX5UD4J.js");
  const undici = loaded.default ?? loaded;
  const dispatcher = selectDispatcher(undici, env, connections);
  return {
    async send(url2, headers, timeoutMs) {
      const response = await undici.request(url2, {
        method: "GET",
        headers,
        dispatcher,
        signal: AbortSignal.timeout(timeoutMs)
      });
      const body = await readBody(response);
      return {
        status: response.statusCode,
        header: (name2) => firstHeader(response.headers[name2]),
        body
      };
    }
  };
}
function selectDispatcher(undici, env, connections) {
  const pool = { connections, keepAliveTimeout: 1e4 };
  const httpsProxy = env.HTTPS_PROXY ?? env.https_proxy;
  const httpProxy = env.HTTP_PROXY ?? env.http_proxy;
  if (!httpsProxy && !httpProxy) return new undici.Agent(pool);
  const noProxy = env.NO_PROXY ?? env.no_proxy;
  return new undici.EnvHttpProxyAgent({
    ...pool,
    ...httpProxy ? { httpProxy } : {},
    ...httpsProxy ? { httpsProxy } : {},
    ...noProxy !== void 0 ? { noProxy } : {}
  });
}
function firstHeader(value) {
  if (value === void 0) return null;
  return Array.isArray(value) ? value[0] ?? null : value;
}
async function readBody(response) {
  const tooLarge = () => new Error(`response larger than ${MAX_BODY_BYTES} bytes`);
  const length = Number(firstHeader(response.headers["content-length"]) ?? 0);
  if (length > MAX_BODY_BYTES) {
    response.body.destroy();
    throw tooLarge();
  }
  const decoder = new TextDecoder();
  let received = 0;
  let text3 = "";
  for await (const chunk of response.body) {
    received += chunk.byteLength;
    if (received > MAX_BODY_BYTES) {
      response.body.destroy();
      throw tooLarge();
    }
    text3 += decoder.decode(chunk, { stream: true });
  }
  return text3 + decoder.decode();
}
function describeNetworkError(error2, timeoutMs) {
  if (!(error2 instanceof Error)) return String(error2);
  const code = networkErrorCode(error2);
  if (error2.name === "TimeoutError" || error2.name === "AbortError" || code === "UND_ERR_ABORTED")
    return `no answer within ${timeoutMs} ms`;
  if (code === null || error2.message.includes(code)) return error2.message;
  return `${error2.message} (${code})`;
}
function networkErrorCode(error2) {
  return readCode(error2) ?? (error2 instanceof Error ? readCode(error2.cause) : null);
}
function readCode(error2) {
  if (typeof error2 !== "object" || error2 === null || !("code" in error2))
    return null;
  const code = error2.code;
  return typeof code === "string" ? code : null;
}

// src/index/response-cache.ts
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join as join5 } from "node:path";
var FORMAT = 1;
function createResponseCache(dir) {
  const fileFor = (url2, accept) => join5(
    dir,
    `${createHash("sha256").update(`${url2}
${accept}`).digest("hex")}.json`
  );
  return {
    async read(url2, accept) {
      try {
        const parsed = JSON.parse(
          await readFile(fileFor(url2, accept), "utf8")
        );
        if (parsed.format !== FORMAT || parsed.url !== url2 || typeof parsed.body !== "string")
          return null;
        return {
          etag: typeof parsed.etag === "string" ? parsed.etag : null,
          lastModified: typeof parsed.lastModified === "string" ? parsed.lastModified : null,
          body: parsed.body
        };
      } catch {
        return null;
      }
    },
    async write(url2, accept, entry) {
      try {
        await mkdir(dir, { recursive: true });
        const file2 = fileFor(url2, accept);
        const temp = `${file2}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        await writeFile(
          temp,
          JSON.stringify({ format: FORMAT, url: url2, accept, ...entry })
        );
        await rename(temp, file2);
      } catch {
      }
    }
  };
}

// src/index/http-client.ts
var DEFAULTS = {
  concurrency: 50,
  timeoutMs: 15e3,
  retries: 4,
  baseDelayMs: 250,
  maxDelayMs: 1e4
};
var MAX_REDIRECTS = 5;
function readNetworkTimings(env) {
  const read = (name2) => {
    const raw = env[name2];
    if (raw === void 0 || !/^\d+$/.test(raw.trim())) return null;
    return Number(raw.trim());
  };
  return {
    requestTimeoutMs: read("PIN_AUDIT_REQUEST_TIMEOUT_MS"),
    retryBaseMs: read("PIN_AUDIT_RETRY_BASE_MS") ?? 1e3
  };
}
function readSettings(options) {
  const timings = readNetworkTimings(options.env ?? {});
  const scale = timings.retryBaseMs / 1e3;
  return {
    concurrency: Math.max(
      1,
      Math.floor(options.concurrency ?? DEFAULTS.concurrency)
    ),
    timeoutMs: options.timeoutMs ?? timings.requestTimeoutMs ?? DEFAULTS.timeoutMs,
    retries: Math.max(0, options.retries ?? DEFAULTS.retries),
    baseDelayMs: options.baseDelayMs ?? DEFAULTS.baseDelayMs * scale,
    maxDelayMs: options.maxDelayMs ?? DEFAULTS.maxDelayMs * scale,
    scale,
    sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
    random: options.random ?? Math.random,
    now: options.now ?? Date.now
  };
}
function createHttpClient(options = {}) {
  const settings = readSettings(options);
  const gates = /* @__PURE__ */ new Map();
  let transport = null;
  const state = {
    settings,
    cache: options.cacheDir != null ? createResponseCache(options.cacheDir) : null,
    stats: { requests: 0, retries: 0, notModified: 0, slowDowns: 0 },
    transport: () => {
      transport ??= createTransport(options.env ?? {}, settings.concurrency);
      return transport;
    },
    gateFor: (url2) => {
      const origin = new URL(url2).origin;
      let gate = gates.get(origin);
      if (gate === void 0) {
        gate = createHostGate({
          max: settings.concurrency,
          now: settings.now,
          sleep: settings.sleep
        });
        gates.set(origin, gate);
      }
      return gate;
    },
    unresolvable: /* @__PURE__ */ new Map()
  };
  return {
    get: (request) => getWithRetries(state, request),
    stats: state.stats
  };
}
async function getWithRetries(state, request) {
  const { settings, stats } = state;
  const cached2 = state.cache ? await state.cache.read(request.url, request.accept) : null;
  const gate = state.gateFor(request.url);
  let lastError = "no attempt made";
  for (let n = 0; n <= settings.retries; n++) {
    const outcome = await gate.run(async (ticket) => {
      const result = await attemptOnce(state, request, cached2);
      if (result.kind === "retry" && result.overload) {
        stats.slowDowns++;
        gate.slowDown(ticket, retryWait(settings, result.retryAfterMs));
      } else if (result.kind === "done") gate.speedUp();
      return result;
    });
    if (outcome.kind === "done") return finish(state, request, cached2, outcome);
    if (outcome.kind === "fail") return { ok: false, error: outcome.error };
    lastError = outcome.error;
    if (n === settings.retries) break;
    stats.retries++;
    const backoff = settings.random() * Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** n);
    await settings.sleep(retryWait(settings, outcome.retryAfterMs) ?? backoff);
  }
  const attempts = settings.retries + 1;
  return {
    ok: false,
    error: `${lastError} after ${attempts} attempt${attempts === 1 ? "" : "s"}`
  };
}
function retryWait(settings, retryAfterMs) {
  if (retryAfterMs === null) return null;
  return Math.min(settings.maxDelayMs, retryAfterMs * settings.scale);
}
async function attemptOnce(state, request, cached2) {
  const origin = new URL(request.url).origin;
  const dead = state.unresolvable.get(origin);
  if (dead !== void 0) return { kind: "fail", error: dead };
  const transport = await state.transport();
  const { timeoutMs } = state.settings;
  let url2 = request.url;
  for (let hop = 0; ; hop++) {
    const headers = buildHeaders(
      request,
      cached2,
      new URL(url2).origin === origin
    );
    state.stats.requests++;
    let response;
    try {
      response = await transport.send(url2, headers, timeoutMs);
    } catch (error2) {
      const described = describeNetworkError(error2, timeoutMs);
      if (networkErrorCode(error2) !== "ENOTFOUND")
        return {
          kind: "retry",
          error: described,
          retryAfterMs: null,
          overload: false
        };
      state.unresolvable.set(new URL(url2).origin, described);
      return { kind: "fail", error: described };
    }
    const { status } = response;
    const location = response.header("location");
    if (status >= 300 && status < 400 && status !== 304 && location !== null) {
      if (hop >= MAX_REDIRECTS)
        return {
          kind: "done",
          status: 599,
          body: "too many redirects",
          header: () => null
        };
      url2 = new URL(location, url2).toString();
      continue;
    }
    if (status === 429 || status >= 500)
      return {
        kind: "retry",
        error: `HTTP ${status}`,
        retryAfterMs: parseRetryAfter(
          response.header("retry-after"),
          state.settings.now()
        ),
        // 429 Too Many Requests and 503 Service Unavailable say "fewer, please"; a 500 says nothing about load.
        overload: status === 429 || status === 503
      };
    return {
      kind: "done",
      status,
      body: response.body,
      header: response.header
    };
  }
}
function buildHeaders(request, cached2, sameOrigin) {
  const headers = {
    accept: request.accept,
    "user-agent": "pin-audit (+https://github.com/pin-audit)"
  };
  if (request.authorization !== null && sameOrigin)
    headers.authorization = request.authorization;
  if (cached2?.etag) headers["if-none-match"] = cached2.etag;
  if (cached2?.lastModified) headers["if-modified-since"] = cached2.lastModified;
  return headers;
}
async function finish(state, request, cached2, outcome) {
  if (outcome.status === 304 && cached2 !== null) {
    state.stats.notModified++;
    return { ok: true, status: 200, body: cached2.body, fromCache: true };
  }
  if (outcome.status === 200 && state.cache !== null) {
    const etag = outcome.header("etag");
    const lastModified = outcome.header("last-modified");
    if (etag !== null || lastModified !== null)
      await state.cache.write(request.url, request.accept, {
        etag,
        lastModified,
        body: outcome.body
      });
  }
  return {
    ok: true,
    status: outcome.status,
    body: outcome.body,
    fromCache: false
  };
}
function parseRetryAfter(value, now) {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date5 = Date.parse(trimmed);
  return Number.isNaN(date5) ? null : Math.max(0, date5 - now);
}

// src/index/index-api.ts
function describeStatus(status) {
  if (status === 401 || status === 403)
    return `HTTP ${status}: the index refused the credentials (set the index token, or put them in the index URL)`;
  return `HTTP ${status}`;
}

// src/index/project-urls.ts
var CHANGELOG_LABELS = [
  "changelog",
  "changes",
  "whatsnew",
  "history",
  "releasenotes",
  "news"
];
var SOURCE_LABELS = ["source", "repository", "sourcecode", "github", "code"];
var PUNCTUATION_AND_WHITESPACE = /[!-/:-@[-`{-~ \t\n\r\v\f]/g;
var MAX_URL = 500;
function normalizeUrlLabel(label) {
  return label.replace(PUNCTUATION_AND_WHITESPACE, "").toLowerCase();
}
function pickProjectLinks(entries) {
  const byLabel = /* @__PURE__ */ new Map();
  for (const [label, url2] of entries) {
    const normalized = normalizeUrlLabel(label);
    const checked = webUrl(url2);
    if (checked !== null && !byLabel.has(normalized))
      byLabel.set(normalized, checked);
  }
  const first = (labels) => labels.map((l) => byLabel.get(l)).find((u) => u !== void 0);
  const changelog = first(CHANGELOG_LABELS);
  const source = first(SOURCE_LABELS);
  if (changelog === void 0 && source === void 0) return null;
  return {
    ...changelog === void 0 ? {} : { changelog },
    ...source === void 0 ? {} : { source }
  };
}
function readJsonProjectUrls(info) {
  if (typeof info !== "object" || info === null) return null;
  const urls = info.project_urls;
  if (typeof urls !== "object" || urls === null || Array.isArray(urls))
    return null;
  return pickProjectLinks(Object.entries(urls));
}
function readMetadataProjectUrls(values) {
  return pickProjectLinks(
    values.flatMap((value) => {
      const comma = value.indexOf(",");
      return comma < 0 ? [] : [[value.slice(0, comma).trim(), value.slice(comma + 1).trim()]];
    })
  );
}
function webUrl(value) {
  if (typeof value !== "string" || value.length > MAX_URL) return null;
  let url2;
  try {
    url2 = new URL(value.trim());
  } catch {
    return null;
  }
  if (url2.protocol !== "https:" && url2.protocol !== "http:") return null;
  if (url2.username !== "" || url2.password !== "") return null;
  return url2.href;
}

// src/index/parse-index-responses.ts
function parsePypiReleaseJson(text3) {
  const root = parseJsonObject(text3);
  if (root === null) return malformed("PyPI JSON API", text3);
  const info = root.info;
  if (!isObject(info) || typeof info.version !== "string")
    return { ok: false, error: "PyPI JSON API answer has no info.version" };
  const files = Array.isArray(root.urls) ? root.urls.filter(isObject) : [];
  const projectUrls = readJsonProjectUrls(info);
  const yanked = info.yanked === true || files.length > 0 && files.every((f) => f.yanked === true);
  const reason = stringOrNull(info.yanked_reason) ?? files.map((f) => stringOrNull(f.yanked_reason)).find((r) => r !== null) ?? null;
  return {
    ok: true,
    value: {
      version: normalizeVersionText(info.version),
      yanked,
      yankedReason: yanked ? nonEmpty(reason) : null,
      uploadTime: earliest(
        files.map((f) => stringOrNull(f.upload_time_iso_8601 ?? f.upload_time))
      ),
      requiresDist: Array.isArray(info.requires_dist) ? info.requires_dist.filter((r) => typeof r === "string") : (
        // PyPI says null both for "no dependencies" and "unknown"; a release with files that has
        // null requires_dist declared none in its METADATA (PyPI extracts it on upload).
        []
      ),
      requiresPython: nonEmpty(stringOrNull(info.requires_python)),
      ...projectUrls === null ? {} : { projectUrls }
    }
  };
}
function parsePypiProjectJson(text3) {
  const root = parseJsonObject(text3);
  if (root === null || !isObject(root.releases))
    return malformed("PyPI JSON API", text3);
  const out = [];
  for (const [raw, value] of Object.entries(root.releases)) {
    const files = Array.isArray(value) ? value.filter(isObject) : [];
    if (files.length === 0) continue;
    const yanked = files.every((f) => f.yanked === true);
    out.push({
      version: normalizeVersionText(raw),
      yanked,
      yankedReason: yanked ? files.map((f) => nonEmpty(stringOrNull(f.yanked_reason))).find((r) => r !== null) ?? null : null,
      uploadTime: earliest(
        files.map((f) => stringOrNull(f.upload_time_iso_8601 ?? f.upload_time))
      ),
      requiresPython: files.map((f) => nonEmpty(stringOrNull(f.requires_python))).find((r) => r !== null) ?? null
    });
  }
  return { ok: true, value: out };
}
function parseSimpleProjectJson(text3, pageUrl, name2) {
  const root = parseJsonObject(text3);
  if (root === null || !Array.isArray(root.files))
    return malformed("Simple API (PEP 691)", text3);
  const files = [];
  for (const file2 of root.files) {
    if (!isObject(file2) || typeof file2.filename !== "string" || typeof file2.url !== "string")
      continue;
    let url2;
    try {
      url2 = new URL(file2.url, pageUrl).toString();
    } catch {
      continue;
    }
    const metadata = file2["core-metadata"] ?? file2["data-dist-info-metadata"];
    files.push({
      filename: file2.filename,
      url: url2,
      version: versionFromFilename(file2.filename, name2),
      // PEP 592 (as PEP 691 spells it): false, true, or a non-empty reason string.
      yanked: file2.yanked === true || typeof file2.yanked === "string",
      yankedReason: typeof file2.yanked === "string" ? nonEmpty(file2.yanked) : null,
      uploadTime: stringOrNull(file2["upload-time"]),
      requiresPython: nonEmpty(stringOrNull(file2["requires-python"])),
      hasMetadata: metadata === true || isObject(metadata) && metadata !== null
    });
  }
  const versions = Array.isArray(root.versions) ? root.versions.filter((v) => typeof v === "string").map(normalizeVersionText) : null;
  return {
    ok: true,
    value: {
      name: typeof root.name === "string" ? root.name : name2,
      files,
      versions
    }
  };
}
function summarizeSimpleRelease(project, version3) {
  const files = project.files.filter((f) => f.version === version3);
  if (files.length === 0) return null;
  const yanked = files.every((f) => f.yanked);
  return {
    version: version3,
    yanked,
    yankedReason: yanked ? files.map((f) => f.yankedReason).find((r) => r !== null) ?? null : null,
    uploadTime: earliest(files.map((f) => f.uploadTime)),
    requiresPython: files.map((f) => f.requiresPython).find((r) => r !== null) ?? null
  };
}
function summarizeSimpleReleases(project) {
  const versions = /* @__PURE__ */ new Set();
  for (const file2 of project.files)
    if (file2.version !== null) versions.add(file2.version);
  return [...versions].flatMap((version3) => {
    const summary = summarizeSimpleRelease(project, version3);
    return summary === null ? [] : [summary];
  });
}
function pickMetadataFile(project, version3) {
  const candidates = project.files.filter(
    (f) => f.version === version3 && f.hasMetadata
  );
  return candidates.find((f) => f.filename.endsWith(".whl")) ?? candidates[0] ?? null;
}
function parseCoreMetadata(text3) {
  const lines = text3.replace(/\r\n?/g, "\n").split("\n");
  const headers = [];
  for (const line of lines) {
    if (line === "") break;
    if (/^[ \t]/.test(line)) {
      const last = headers.at(-1);
      if (last) last[1] += `
${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    headers.push([
      line.slice(0, colon).trim().toLowerCase(),
      line.slice(colon + 1).trim()
    ]);
  }
  if (!headers.some(([k]) => k === "metadata-version" || k === "name"))
    return malformed("core metadata file", text3);
  const projectUrls = readMetadataProjectUrls(
    headers.filter(([k]) => k === "project-url").map(([, v]) => v)
  );
  return {
    ok: true,
    value: {
      ...projectUrls === null ? {} : { projectUrls },
      requiresDist: headers.filter(([k]) => k === "requires-dist").map(([, v]) => v),
      requiresPython: nonEmpty(
        headers.find(([k]) => k === "requires-python")?.[1] ?? null
      )
    }
  };
}
function versionFromFilename(filename, project) {
  const wanted = normalizeName(project);
  const wheel = /^(.+?)-([^-]+)(?:-\d[^-]*)?-[^-]+-[^-]+-[^-]+\.whl$/i.exec(
    filename
  );
  if (wheel) {
    const version3 = parseVersion(wheel[2] ?? "");
    return version3 !== null && normalizeName(wheel[1] ?? "") === wanted ? version3.text : null;
  }
  const stem = /^(.+)\.(tar\.gz|zip|tar\.bz2|tgz|tar\.xz|tar)$/i.exec(
    filename
  )?.[1];
  if (stem === void 0) {
    const egg = /^(.+?)-([^-]+)(?:-.*)?\.egg$/i.exec(filename);
    return egg ? parseVersion(egg[2] ?? "")?.text ?? null : null;
  }
  for (let i = stem.indexOf("-"); i !== -1; i = stem.indexOf("-", i + 1)) {
    if (normalizeName(stem.slice(0, i)) !== wanted) continue;
    const version3 = parseVersion(stem.slice(i + 1));
    if (version3 !== null) return version3.text;
  }
  return null;
}
function normalizeVersionText(text3) {
  return parseVersion(text3)?.text ?? text3;
}
function earliest(times) {
  let best = null;
  for (const text3 of times) {
    if (text3 === null) continue;
    const at = Date.parse(text3);
    if (Number.isNaN(at)) continue;
    if (best === null || at < best.at) best = { text: text3, at };
  }
  return best === null ? null : new Date(best.at).toISOString();
}
function parseJsonObject(text3) {
  try {
    const value = JSON.parse(text3);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}
function malformed(what, text3) {
  const start = text3.trimStart();
  const kind = start === "" ? "an empty body" : start.startsWith("<") ? "an HTML or XML page, not JSON" : parseJsonObject(text3) !== null || /^[[{]/.test(start) ? isJson(text3) ? "JSON of an unexpected shape" : "invalid JSON" : "not JSON";
  return {
    ok: false,
    error: `malformed ${what} answer (${kind}, ${Buffer.byteLength(text3)} bytes)`
  };
}
function isJson(text3) {
  try {
    JSON.parse(text3);
    return true;
  } catch {
    return false;
  }
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function stringOrNull(value) {
  return typeof value === "string" ? value : null;
}
function nonEmpty(value) {
  return value === null || value.trim() === "" ? null : value;
}

// src/index/json-index-client.ts
function createJsonApi(endpoint, http, authFor) {
  const getJson = async (url2, parse5) => {
    const answer = await http.get({
      url: url2,
      accept: "application/json",
      authorization: authFor(url2)
    });
    if (!answer.ok) return answer;
    if (answer.status === 404) return { ok: true, value: null };
    if (answer.status !== 200)
      return { ok: false, error: describeStatus(answer.status) };
    return parse5(answer.body);
  };
  const root = `${endpoint.url}/pypi`;
  return {
    lookupRelease: (name2, version3) => getJson(
      `${root}/${encodeURIComponent(name2)}/${encodeURIComponent(version3)}/json`,
      parsePypiReleaseJson
    ),
    listReleases: (name2) => getJson(`${root}/${encodeURIComponent(name2)}/json`, parsePypiProjectJson)
  };
}

// src/index/simple-index-client.ts
var SIMPLE_JSON_ACCEPT = "application/vnd.pypi.simple.v1+json";
function createSimpleApi(endpoint, http, authFor) {
  const projects = /* @__PURE__ */ new Map();
  const fetchProject = (name2) => {
    let pending = projects.get(name2);
    if (pending === void 0) {
      pending = fetchSimpleProject(endpoint, http, authFor, name2);
      projects.set(name2, pending);
    }
    return pending;
  };
  return {
    async lookupRelease(name2, version3, wanted) {
      const page = await fetchProject(name2);
      if (!page.ok) return page;
      if (page.value === null) return { ok: true, value: null };
      const summary = summarizeSimpleRelease(page.value, version3);
      if (summary === null) return { ok: true, value: null };
      const file2 = wanted.requirements ? pickMetadataFile(page.value, version3) : null;
      if (file2 === null)
        return { ok: true, value: { ...summary, requiresDist: null } };
      const metadata = await fetchMetadata(http, authFor, file2);
      if (!metadata.ok) return metadata;
      return {
        ok: true,
        value: {
          ...summary,
          requiresDist: metadata.value.requiresDist,
          requiresPython: metadata.value.requiresPython ?? summary.requiresPython,
          projectUrls: metadata.value.projectUrls
        }
      };
    },
    async listReleases(name2) {
      const page = await fetchProject(name2);
      if (!page.ok) return page;
      if (page.value === null) return { ok: true, value: null };
      return { ok: true, value: summarizeSimpleReleases(page.value) };
    }
  };
}
async function fetchSimpleProject(endpoint, http, authFor, name2) {
  const url2 = `${endpoint.url}/${encodeURIComponent(name2)}/`;
  const answer = await http.get({
    url: url2,
    accept: SIMPLE_JSON_ACCEPT,
    authorization: authFor(url2)
  });
  if (!answer.ok) return answer;
  if (answer.status === 404) return { ok: true, value: null };
  if (answer.status !== 200)
    return { ok: false, error: describeStatus(answer.status) };
  return parseSimpleProjectJson(answer.body, url2, name2);
}
async function fetchMetadata(http, authFor, file2) {
  const url2 = `${file2.url.replace(/#.*$/, "")}.metadata`;
  const answer = await http.get({
    url: url2,
    accept: "*/*",
    authorization: authFor(url2)
  });
  if (!answer.ok) return answer;
  if (answer.status !== 200)
    return {
      ok: false,
      error: `metadata file of ${file2.filename}: ${describeStatus(answer.status)}`
    };
  const metadata = parseCoreMetadata(answer.body);
  if (!metadata.ok)
    return {
      ok: false,
      error: `metadata file of ${file2.filename}: ${metadata.error}`
    };
  return metadata;
}

// src/index/index-client.ts
function createIndexClient(endpoint, http) {
  const origin = new URL(endpoint.url).origin;
  const authFor = (url2) => new URL(url2).origin === origin ? endpoint.authorization : null;
  const api = endpoint.api === "simple" ? createSimpleApi(endpoint, http, authFor) : createJsonApi(endpoint, http, authFor);
  return {
    endpoint,
    lookupRelease: (name2, version3, wanted = { requirements: true }) => api.lookupRelease(name2, version3, wanted),
    listReleases: (name2) => api.listReleases(name2)
  };
}

// src/index/index-session.ts
function createIndexSession(options) {
  const token = options.token || null;
  const trusted = options.indexUrl ?? null;
  const http = createHttpClient({
    ...options.http,
    cacheDir: options.cacheDir ?? null,
    env: options.env ?? {}
  });
  const secrets = new Set(token ? [token] : []);
  const endpoints = /* @__PURE__ */ new Map();
  const clients = /* @__PURE__ */ new Map();
  return {
    clientFor(raw) {
      let endpoint = endpoints.get(raw);
      if (endpoint === void 0) {
        endpoint = parseIndexEndpoint(raw, raw === trusted ? token : null);
        if (endpoint.ok) for (const s of endpoint.value.secrets) secrets.add(s);
        endpoints.set(raw, endpoint);
      }
      if (!endpoint.ok)
        return { ok: false, url: redactUrl(raw), lookup: endpoint };
      const key = `${endpoint.value.url}\0${endpoint.value.authorization ?? ""}`;
      let client = clients.get(key);
      if (client === void 0) {
        client = createIndexClient(endpoint.value, http);
        clients.set(key, client);
      }
      return { ok: true, client, key, url: endpoint.value.url };
    },
    secrets: () => [...secrets],
    stats: http.stats
  };
}
function settleLookup(promise2) {
  return promise2.catch(
    (error2) => ({
      ok: false,
      error: error2 instanceof Error ? error2.message : String(error2)
    })
  );
}

// src/index/gather-index-facts.ts
async function gatherIndexFacts(projects, options) {
  const token = options.token || null;
  const indexByProject = /* @__PURE__ */ new Map();
  const releases = /* @__PURE__ */ new Map();
  if (options.offline) {
    for (const project of projects)
      indexByProject.set(
        project.path,
        redactUrl(chooseProjectIndex(project, options.indexUrl ?? null))
      );
    return {
      facts: { online: false, indexByProject, releases },
      secrets: token ? [token] : [],
      stats: null
    };
  }
  const session = createIndexSession({ ...options, token });
  const wanted = [];
  for (const project of projects) {
    const projectIndex = chooseProjectIndex(project, options.indexUrl ?? null);
    indexByProject.set(project.path, redactUrl(projectIndex));
    for (const w of listWantedReleases(
      project,
      projectIndex,
      options.indexUrl ?? null
    ))
      wanted.push({
        ...w,
        requirements: options.needsRequirements?.(project, w.name, w.version) ?? true
      });
  }
  const answers = await lookupAll(session, wanted);
  wanted.forEach((w, i) => {
    const key = projectReleaseKey(w.project, w.name, w.version);
    const answer = answers[i];
    if (answer === void 0 || releases.has(key)) return;
    const index = session.clientFor(w.index).url;
    releases.set(key, {
      index,
      lookup: answer.ok ? answer : { ok: false, error: redactUrl(answer.error) }
    });
  });
  return {
    facts: { online: true, indexByProject, releases },
    secrets: session.secrets(),
    stats: session.stats
  };
}
function lookupAll(session, wanted) {
  const keyOf = (w, clientKey) => `${clientKey}\0${w.name}\0${w.version}`;
  const requirements = /* @__PURE__ */ new Set();
  for (const w of wanted) {
    const found = session.clientFor(w.index);
    if (found.ok && w.requirements) requirements.add(keyOf(w, found.key));
  }
  const lookups = /* @__PURE__ */ new Map();
  return Promise.all(
    wanted.map((w) => {
      const found = session.clientFor(w.index);
      if (!found.ok) return Promise.resolve(found.lookup);
      const key = keyOf(w, found.key);
      let pending = lookups.get(key);
      if (pending === void 0) {
        pending = settleLookup(
          found.client.lookupRelease(w.name, w.version, {
            requirements: requirements.has(key)
          })
        );
        lookups.set(key, pending);
      }
      return pending;
    })
  );
}
function chooseProjectIndex(project, explicit) {
  if (explicit) return explicit;
  if (project.indexUrl) return project.indexUrl;
  const pip = project.pipOptions.find(
    (o) => o.name === "--index-url" && o.value !== null && o.value !== ""
  );
  return pip?.value ?? DEFAULT_INDEX_URL;
}
function listWantedReleases(project, projectIndex, explicit) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (name2, version3, index) => {
    const key = `${name2}\0${version3}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ project: project.path, name: name2, version: version3, index });
  };
  for (const entry of project.locked) {
    if (entry.version === null) continue;
    if (entry.source !== "registry" && entry.source !== "unknown") continue;
    const version3 = parseVersion(entry.version);
    if (version3 === null) continue;
    const recorded = entry.source === "registry" && entry.sourceUrl && /^https?:\/\//.test(entry.sourceUrl) ? entry.sourceUrl : null;
    add(entry.name, version3.text, explicit ?? recorded ?? projectIndex);
  }
  for (const requirement of project.requirements) {
    if (requirement.url !== null || requirement.group === "build") continue;
    const version3 = findPinnedVersion(requirement.specifier);
    if (version3 !== null) add(requirement.name, version3, projectIndex);
  }
  return out;
}
function findPinnedVersion(specifier) {
  if (specifier === "") return null;
  const parsed = parseSpecifierSet(specifier);
  if (!parsed.ok) return null;
  for (const clause of parsed.value.clauses) {
    if (clause.operator === "==" && !clause.wildcard || clause.operator === "===") {
      const version3 = parseVersion(clause.version);
      if (version3 !== null) return version3.text;
    }
  }
  return null;
}

// src/index/package-links.ts
function collectPackageLinks(facts) {
  const newest = /* @__PURE__ */ new Map();
  for (const [key, { lookup }] of facts.releases) {
    if (!lookup.ok || lookup.value?.projectUrls === void 0) continue;
    const [, name2] = key.split("\0");
    if (name2 === void 0) continue;
    const { version: version3, projectUrls } = lookup.value;
    const seen = newest.get(name2);
    if (seen === void 0 || isNewer(version3, seen.version))
      newest.set(name2, { version: version3, links: projectUrls });
  }
  return new Map([...newest].map(([name2, { links }]) => [name2, links]));
}
function isNewer(a, b) {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  return va !== null && vb !== null && compareVersions(va, vb) > 0;
}

// src/policy/rule-context.ts
import * as nodePath from "node:path";
function createRuleContext(projects, policy, today, index = createEmptyIndexFacts()) {
  const cache = /* @__PURE__ */ new Map();
  const owners = findLockOwners(projects);
  return {
    projects,
    policy,
    today,
    index,
    parseSpecifier(text3) {
      let parsed = cache.get(text3);
      if (parsed === void 0) {
        const result = safely(() => parseSpecifierSet(text3), null);
        parsed = result?.ok ? result.value : null;
        cache.set(text3, parsed);
      }
      return parsed;
    },
    reportsOnLock(project, lockFile) {
      return owners.get(lockFile) === project.path;
    },
    severityOf(rule) {
      const configured = policy.rules[rule];
      return configured === "off" ? "notice" : configured;
    }
  };
}
function findLockOwners(projects) {
  const owners = /* @__PURE__ */ new Map();
  const sorted = [...projects].sort((a, b) => compareText(a.path, b.path));
  for (const project of sorted) {
    for (const file2 of project.files)
      if (isLockKind(file2.kind) && !owners.has(file2.path))
        owners.set(file2.path, project.path);
  }
  for (const project of sorted) {
    for (const entry of project.locked) {
      if (owners.has(entry.file)) continue;
      const directory = nodePath.posix.dirname(entry.file);
      const inDirectory = sorted.find(
        (candidate) => candidate.path === directory
      );
      owners.set(entry.file, inDirectory?.path ?? project.path);
    }
  }
  return owners;
}
function isLockKind(kind) {
  return kind === "uv-lock" || kind === "poetry-lock" || kind === "pylock";
}
function findFileKind(project, file2) {
  const known = project.files.find((candidate) => candidate.path === file2);
  if (known !== void 0) return known.kind;
  const base = nodePath.posix.basename(file2);
  if (base === "uv.lock") return "uv-lock";
  if (base === "poetry.lock") return "poetry-lock";
  if (/^pylock\.([^.]+\.)?toml$/.test(base)) return "pylock";
  if (base === "pyproject.toml") return "pyproject";
  return "requirements";
}
function listLockedEntries(project) {
  return project.locked.filter(
    (entry) => isLockKind(findFileKind(project, entry.file))
  );
}
function findExactVersion(set2) {
  for (const clause of set2.clauses) {
    if (clause.operator === "==" && !clause.wildcard || clause.operator === "===") {
      const version3 = parseVersion(clause.version);
      if (version3 !== null) return version3;
    }
  }
  return null;
}
function parseLockedVersion(entry) {
  return entry.version === null ? null : parseVersion(entry.version);
}
function formatRequirement(requirement, specifier) {
  const extras = requirement.extras.length > 0 ? `[${requirement.extras.join(",")}]` : "";
  const marker = requirement.marker === null ? "" : `; ${requirement.marker}`;
  return `${requirement.name}${extras}${specifier}${marker}`;
}
function formatLocation(file2, line) {
  return line === null ? file2 : `${file2}:${line}`;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function safely(compute, fallback) {
  try {
    return compute();
  } catch {
    return fallback;
  }
}
function listLocalPackages(project) {
  const local = /* @__PURE__ */ new Set();
  for (const entry of listLockedEntries(project)) {
    if (entry.source === "editable" || entry.source === "virtual" || entry.source === "directory" || entry.source === "path") {
      local.add(entry.name);
    }
  }
  return local;
}
function listLockedVersions(project, name2, inScope = () => true) {
  const seen = /* @__PURE__ */ new Map();
  for (const entry of listLockedEntries(project)) {
    if (entry.name !== name2 || !inScope(entry.file)) continue;
    const version3 = parseLockedVersion(entry);
    if (version3 !== null && !seen.has(version3.text))
      seen.set(version3.text, { version: version3, entry });
  }
  return [...seen.values()].sort(
    (a, b) => compareVersions(a.version, b.version)
  );
}
function soften(severity) {
  return severity === "error" ? "warning" : "notice";
}
function findWitness(set2) {
  return safely(() => sampleMember(set2), null);
}
function findEscape(declared, allowed) {
  return safely(() => {
    const result = subset(declared.set, allowed.set);
    if (result.ok) return null;
    const member = sampleMember(allowed.set);
    const inside = member === null ? null : parseVersion(member);
    const escapes = allowed.clauses.flatMap((clause) => listNeighbours(clause.version)).filter((v) => admits(declared, v) && !admits(allowed, v)).sort(compareVersions);
    const above = escapes.find(
      (v) => inside === null || compareVersions(v, inside) > 0
    );
    const below = escapes.filter((v) => inside !== null && compareVersions(v, inside) < 0).pop();
    return (above ?? below)?.text ?? result.counterexample;
  }, null);
}
function listNeighbours(text3) {
  const base = parseVersion(text3.replace(/\.\*$/, ""));
  if (base === null) return [];
  const release = base.release;
  const texts = [base.text];
  for (let i = release.length - 1; i >= 0; i--) {
    const at = release[i] ?? 0n;
    const head = release.slice(0, i);
    const zeros = release.slice(i + 1).map(() => 0n);
    texts.push([...head, at + 1n, ...zeros].join("."));
    if (at > 0n) texts.push([...head, at - 1n, ...zeros].join("."));
  }
  const epoch = base.epoch === 0n ? "" : `${base.epoch}!`;
  return texts.flatMap((t) => {
    const v = parseVersion(t === base.text ? t : `${epoch}${t}`);
    return v === null ? [] : [v];
  });
}
function ownsFile(project, file2) {
  return project.files.some((candidate) => candidate.path === file2);
}
function admits(set2, version3) {
  return safely(() => contains(set2, version3.text, { prereleases: true }), true);
}

// src/knowledge/mcp-stack-requirements.ts
var TAG = (tags) => `modelcontextprotocol/python-sdk pyproject.toml at ${tags} (facts/mcp-stack.md)`;
var MCP_KNOWN_REQUIREMENTS = [
  {
    versions: "==1.0.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.6",
      "httpx>=0.27",
      "httpx-sse>=0.4",
      "pydantic>=2.8.0",
      "starlette>=0.39",
      "sse-starlette>=2.0"
    ],
    source: TAG("v1.0.0")
  },
  // 1.1.0 is not covered: the facts start the 1.1 series at 1.1.1.
  {
    versions: "==1.1.1",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx>=0.27",
      "httpx-sse>=0.4",
      "pydantic>=2.7.2",
      "starlette>=0.27",
      "sse-starlette>=2.0"
    ],
    source: TAG("v1.1.1")
  },
  {
    versions: ">=1.1.2,<1.2.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx>=0.27",
      "httpx-sse>=0.4",
      "pydantic>=2.7.2",
      "starlette>=0.27",
      "sse-starlette>=1.6.1"
    ],
    source: TAG("v1.1.2")
  },
  {
    versions: ">=1.2.0,<1.3.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx>=0.27",
      "httpx-sse>=0.4",
      "pydantic<3.0.0,>=2.10.1",
      "starlette>=0.27",
      "sse-starlette>=1.6.1",
      "uvicorn>=0.30"
    ],
    source: TAG("v1.2.0")
  },
  {
    versions: ">=1.3.0,<1.7.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx>=0.27",
      "httpx-sse>=0.4",
      "pydantic<3,>=2.7.2",
      "starlette>=0.27",
      "sse-starlette>=1.6.1",
      "uvicorn>=0.23.1"
    ],
    source: TAG("v1.3.0 to v1.6.x")
  },
  {
    versions: ">=1.7.0,<1.11.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx>=0.27",
      "httpx-sse>=0.4",
      "pydantic<3,>=2.7.2",
      "starlette>=0.27",
      "sse-starlette>=1.6.1",
      'uvicorn>=0.23.1; sys_platform != "emscripten"'
    ],
    source: TAG("v1.7.0 to v1.10.x")
  },
  {
    versions: ">=1.11.0,<1.13.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx>=0.27",
      "httpx-sse>=0.4",
      "pydantic<3,>=2.8.0",
      "starlette>=0.27",
      "sse-starlette>=1.6.1",
      'uvicorn>=0.23.1; sys_platform != "emscripten"'
    ],
    source: TAG("v1.11.0 to v1.12.x")
  },
  {
    versions: ">=1.13.0,<=1.27.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx>=0.27.1",
      "httpx-sse>=0.4",
      "pydantic<3.0.0,>=2.11.0",
      "starlette>=0.27",
      "sse-starlette>=1.6.1",
      'uvicorn>=0.31.1; sys_platform != "emscripten"'
    ],
    source: TAG("v1.13.0 to v1.27.0")
  },
  {
    versions: ">=1.27.1,<1.28.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx<1.0.0,>=0.27.1",
      "httpx-sse>=0.4",
      "pydantic<3.0.0,>=2.11.0",
      "starlette>=0.27",
      "sse-starlette>=1.6.1",
      'uvicorn>=0.31.1; sys_platform != "emscripten"'
    ],
    source: `${TAG("v1.27.1")}; the httpx upper bound is python-sdk PR #2559`
  },
  {
    versions: ">=1.28.0,<=1.29.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx<1.0.0,>=0.27.1",
      "httpx-sse>=0.4",
      "pydantic<3.0.0,>=2.11.0",
      'pydantic>=2.12.0; python_version >= "3.14"',
      "starlette>=0.27",
      'starlette>=0.48.0; python_version >= "3.14"',
      "sse-starlette>=1.6.1",
      'uvicorn>=0.31.1; sys_platform != "emscripten"'
    ],
    source: TAG("v1.28.0 to v1.29.0")
  },
  {
    // 2.0.0 replaces httpx with httpx2>=2.5.0 and drops httpx-sse.
    versions: "==2.0.0",
    requiresPython: null,
    requiresDist: [
      "anyio>=4.9",
      'anyio>=4.10; python_version >= "3.14"',
      "httpx2>=2.5.0",
      "pydantic>=2.12.0",
      "starlette>=0.27",
      'starlette>=0.48.0; python_version >= "3.14"',
      "sse-starlette>=3.0.0",
      'uvicorn>=0.31.1; sys_platform != "emscripten"'
    ],
    source: TAG("v2.0.0")
  }
];

// src/knowledge/lookup-known-requirements.ts
var TABLES = {
  mcp: {
    label: "pin-audit's MCP-stack knowledge",
    rows: MCP_KNOWN_REQUIREMENTS
  }
};
function lookupKnownRequirements(name2, version3) {
  const table = TABLES[normalizeName(name2)];
  if (table === void 0) return null;
  for (const row2 of table.rows) {
    const set2 = parseSpecifierSet(row2.versions);
    if (set2.ok && contains(set2.value, version3, { prereleases: true }))
      return {
        requiresDist: row2.requiresDist,
        requiresPython: row2.requiresPython,
        source: row2.source,
        label: table.label
      };
  }
  return null;
}

// src/policy/installed-releases.ts
function listInstalledReleases(context, project, options = {}) {
  let perProject = memo.get(context);
  if (!perProject) {
    perProject = /* @__PURE__ */ new WeakMap();
    memo.set(context, perProject);
  }
  let lists = perProject.get(project);
  if (!lists) {
    lists = {};
    perProject.set(project, lists);
  }
  const key = options.allLocks ? "allLocks" : "reported";
  let list = lists[key];
  if (!list) {
    list = buildInstalledReleases(context, project, options.allLocks ?? false);
    lists[key] = list;
  }
  return list;
}
var memo = /* @__PURE__ */ new WeakMap();
function buildInstalledReleases(context, project, allLocks) {
  const out = [];
  for (const requirement of project.requirements) {
    if (requirement.url !== null || requirement.group === "build") continue;
    const version3 = findPinnedVersion(requirement.specifier);
    if (version3 === null) continue;
    out.push({
      name: requirement.name,
      version: version3,
      text: `${requirement.name}${requirement.specifier}`,
      file: requirement.file,
      line: requirement.line,
      requirement,
      entry: null
    });
  }
  for (const entry of listLockedEntries(project)) {
    if (!allLocks && !context.reportsOnLock(project, entry.file)) continue;
    if (entry.source !== "registry" && entry.source !== "unknown") continue;
    const version3 = entry.version === null ? null : parseVersion(entry.version);
    if (version3 === null) continue;
    out.push({
      name: entry.name,
      version: version3.text,
      text: `${entry.name} ${version3.text}`,
      file: entry.file,
      line: entry.line,
      requirement: null,
      entry
    });
  }
  return out;
}
function lookupRelease(context, project, release) {
  if (context.index.releases.size === 0) return null;
  return context.index.releases.get(
    projectReleaseKey(project.path, release.name, release.version)
  ) ?? null;
}
function describeRelease(release) {
  return `\`${release.text}\` (${formatLocation(release.file, release.line)})`;
}

// src/policy/marker-applies.ts
function markerMayApply(marker, environment) {
  return markerMayHold(marker, {
    requiresPython: environment.requiresPython,
    extras: environment.extras
  });
}
function markersEquivalent(a, b) {
  return markersEqual(a, b, { model: "uv" });
}

// src/policy/requested-extras.ts
function collectRequestedExtras(requirements, name2) {
  const extras = /* @__PURE__ */ new Set();
  for (const r of requirements)
    if (r.name === name2 && r.group !== "constraint" && r.group !== "constraints-file")
      for (const extra of r.extras) extras.add(normalizeName(extra));
  return [...extras].sort();
}

// src/policy/dependency-requirements.ts
function combineRequiresPython(project, parent) {
  if (project === null || project.trim() === "") return parent;
  if (parent === null || parent.trim() === "") return project;
  return `${project},${parent}`;
}
function findRequirementsOf(context, project, parent) {
  if (parent.entry !== null && findFileKind(project, parent.entry.file) === "poetry-lock") {
    return {
      requirements: parent.entry.dependencies.map((d) => ({
        name: d.name,
        specifier: d.specifier,
        marker: d.marker,
        text: `${d.name}${d.specifier}${d.marker === null ? "" : `; ${d.marker}`}`
      })),
      origin: `as recorded in ${formatLocation(parent.entry.file, parent.entry.line)}`,
      requiresPython: null
    };
  }
  const found = lookupRelease(context, project, parent);
  if (found?.lookup.ok && found.lookup.value?.requiresDist != null) {
    return {
      requirements: parseRequiresDist(found.lookup.value.requiresDist),
      origin: `per its metadata on ${found.index}`,
      requiresPython: found.lookup.value.requiresPython
    };
  }
  const known = lookupKnownRequirements(parent.name, parent.version);
  if (known === null) return null;
  return {
    requirements: parseRequiresDist(known.requiresDist),
    origin: `per ${known.label}`,
    requiresPython: known.requiresPython
  };
}
function listRequirementsOn(context, project, name2, files) {
  const out = [];
  const inScope = (file2) => files === void 0 || files.has(file2);
  for (const parent of listInstalledReleases(context, project, {
    allLocks: true
  })) {
    if (parent.name === name2 || !inScope(parent.file)) continue;
    const source = findRequirementsOf(context, project, parent);
    if (source === null) continue;
    const environment = {
      requiresPython: combineRequiresPython(
        project.requiresPython,
        source.requiresPython
      ),
      extras: listRequestedExtras(project, parent.name, inScope)
    };
    for (const dependency of source.requirements) {
      if (dependency.name !== name2 || dependency.specifier === "") continue;
      if (!markerMayApply(dependency.marker, environment)) continue;
      const set2 = context.parseSpecifier(dependency.specifier);
      if (set2 !== null) out.push({ parent, dependency, set: set2 });
    }
  }
  return out;
}
function parseRequiresDist(entries) {
  const out = [];
  for (const text3 of entries) {
    const parsed = parsePep508(text3);
    if (!parsed.ok || parsed.value.url !== null) continue;
    out.push({
      name: parsed.value.name,
      specifier: parsed.value.specifier,
      marker: parsed.value.marker,
      text: `${parsed.value.name}${parsed.value.specifier}${parsed.value.marker === null ? "" : `; ${parsed.value.marker}`}`
    });
  }
  return out;
}
function listRequestedExtras(project, name2, inScope = () => true) {
  const extras = new Set(
    collectRequestedExtras(
      project.requirements.filter((r) => inScope(r.file)),
      name2
    )
  );
  for (const entry of project.locked)
    if (inScope(entry.file)) {
      for (const d of entry.dependencies)
        if (d.name === name2) for (const e of d.extras) extras.add(e);
    }
  return [...extras];
}

// src/policy/requirement-scope.ts
function projectScope(requiresPython, extras = null) {
  return { requiresPython, extras };
}
function sharedPythons(a, b) {
  if (a === null || a.trim() === "") return b;
  if (b === null || b.trim() === "" || a === b) return a;
  return `${a},${b}`;
}
function listOverriddenNames(projects, project) {
  const root = project.workspace === null || project.workspace === project.path ? null : projects.find((p) => p.path === project.workspace);
  const names = /* @__PURE__ */ new Set();
  for (const source of root ? [project, root] : [project])
    for (const r of source.requirements)
      if (r.group === "override") names.add(r.name);
  return names;
}
function isConstraint(requirement) {
  return requirement.group === "constraint" || requirement.group === "constraints-file";
}
function placedVersionsDiffer(a, b, scope) {
  return a.some(
    (x) => b.some(
      (y) => compareVersions(x.version, y.version) !== 0 && markersMayMeet([x.marker, y.marker], scope)
    )
  );
}
function lockFork(entry) {
  const marker = entry.marker;
  if (marker === null || !/\b(?:extra|extras|dependency_groups)\b/.test(marker))
    return marker;
  return null;
}
function requirementApplies(projects, project) {
  const overridden = listOverriddenNames(projects, project);
  const scope = projectScope(project.requiresPython);
  return (r) => !overridden.has(r.name) && markerMayHold(r.marker, scope);
}
function dependencyApplies(project, parent, marker) {
  return markerMayHold(
    marker,
    projectScope(project.requiresPython, listRequestedExtras(project, parent))
  );
}

// src/policy/own-metadata.ts
import * as nodePath2 from "node:path";
function findOwnMetadata(project) {
  for (const entry of listLockedEntries(project)) {
    if (!["editable", "virtual", "directory"].includes(entry.source) || entry.sourceUrl === null)
      continue;
    const lockDirectory = nodePath2.posix.dirname(entry.file);
    const resolved = nodePath2.posix.normalize(
      nodePath2.posix.join(lockDirectory, entry.sourceUrl)
    );
    if (resolved.replace(/\/$/, "") !== project.path) continue;
    const metadata = project.lockMetadata.find(
      (candidate) => candidate.package === entry.name
    );
    if (metadata !== void 0) return metadata;
  }
  return null;
}

// src/policy/uv-lowering.ts
function lowerUvRequirement(requirement) {
  const { markedSources, source: _source, ...plain } = requirement;
  if (markedSources === void 0) return [requirement];
  const out = [];
  for (const entry of markedSources) {
    const marker = joinMarkers(requirement.marker, entry.marker);
    if (!markerMayHold(marker)) continue;
    out.push(
      entry.source === null ? { ...plain, marker } : {
        ...plain,
        marker,
        specifier: "",
        source: entry.source,
        editable: entry.editable
      }
    );
  }
  const markers = markedSources.map((entry) => entry.marker);
  if (markers.some((m) => m === null)) return out;
  const nowhere = negateMarker(markers.map((m) => `(${m})`).join(" or "));
  if (nowhere === null) return null;
  const remaining = joinMarkers(requirement.marker, nowhere);
  if (markerMayHold(remaining))
    out.push({ ...plain, url: null, marker: remaining });
  return out;
}
function joinMarkers(a, b) {
  if (a === null || a.trim() === "") return b;
  if (b === null || b.trim() === "") return a;
  return `(${a}) and (${b})`;
}

// src/policy/uv-source-identity.ts
import * as nodePath3 from "node:path";
function toComparableSource(requirement) {
  const source = requirement.source;
  if (source === void 0) return null;
  switch (source.kind) {
    case "workspace":
      return { kind: "workspace" };
    case "git":
      return {
        kind: "git",
        repository: normalizeRepository(source.value ?? ""),
        reference: source.reference,
        subdirectory: source.subdirectory
      };
    case "url":
      return {
        kind: "url",
        url: source.value ?? "",
        subdirectory: source.subdirectory
      };
    default: {
      const path = nodePath3.posix.normalize(
        nodePath3.posix.join(
          source.base,
          (source.value ?? "").replace(/\\/g, "/")
        )
      );
      const editable = source.kind === "virtual" ? "virtual" : source.kind === "editable" || source.kind === "path" && requirement.editable;
      return { kind: "local", path: path.replace(/\/$/, ""), editable };
    }
  }
}
function sameSource(a, b) {
  if (a === null || b === null) return a === b;
  if (a.kind === "workspace" || b.kind === "workspace")
    return (a.kind === "workspace" || a.kind === "local") && (b.kind === "workspace" || b.kind === "local");
  if (a.kind === "local" && b.kind === "local")
    return a.path === b.path && a.editable === b.editable;
  if (a.kind === "git" && b.kind === "git")
    return a.repository === b.repository && a.reference === b.reference && a.subdirectory === b.subdirectory;
  if (a.kind === "url" && b.kind === "url")
    return a.url === b.url && a.subdirectory === b.subdirectory;
  return false;
}
function describeSource(source) {
  switch (source.kind) {
    case "workspace":
      return "the workspace member";
    case "local":
      return `${source.path}${source.editable === true ? " (editable)" : ""}`;
    case "git":
      return `git ${source.repository}${source.reference === null ? "" : ` ${source.reference}`}${source.subdirectory === null ? "" : ` subdirectory ${source.subdirectory}`}`;
    case "url":
      return source.url;
  }
}
function normalizeRepository(url2) {
  return url2.replace(/^git\+/, "").replace(/[#?].*$/, "").replace(/\/+$/, "").replace(/\.git$/, "");
}

// src/policy/rules/lock-mismatch-metadata.ts
function compareLockMetadata(project, severity) {
  const metadata = findOwnMetadata(project);
  if (metadata === null) return [];
  const undecided = /* @__PURE__ */ new Set();
  const manifest = project.requirements.filter(
    (r) => findFileKind(project, r.file) === "pyproject" && (r.group === "project" || r.group.startsWith("optional:") || r.group === "dev" || r.group.startsWith("group:"))
  ).flatMap((r) => {
    const lowered = lowerUvRequirement(r);
    if (lowered === null) undecided.add(r.name);
    return lowered ?? [r];
  });
  const recorded = [...metadata.requiresDist];
  const devGroups = Object.keys(metadata.requiresDev);
  for (const group of devGroups)
    recorded.push(...metadata.requiresDev[group] ?? []);
  const families = new Set(manifest.map((r) => familyOf(r.group)));
  if (devGroups.length === 0) families.delete("dev");
  const declaredKeys = groupKeys(
    manifest.filter((r) => families.has(familyOf(r.group)))
  );
  const recordedKeys = groupKeys(
    recorded.filter((r) => families.has(familyOf(r.group)))
  );
  const findings = [];
  const lockFile = [...recorded, ...listLockedEntries(project)][0]?.file ?? "the lock";
  for (const id of [
    .../* @__PURE__ */ new Set([...declaredKeys.keys(), ...recordedKeys.keys()])
  ].sort(compareText)) {
    const declared = declaredKeys.get(id);
    const locked = recordedKeys.get(id);
    if (undecided.has(id.split("\0")[0] ?? "")) continue;
    if (declared !== void 0 && locked !== void 0 && sameKeys(declared.keys, locked.keys))
      continue;
    const anchor2 = declared?.requirements[0] ?? locked?.requirements[0];
    if (anchor2 === void 0) continue;
    const [name2, group] = id.split("\0");
    const describe5 = (requirements) => requirements === void 0 ? "nothing" : requirements.map((r) => `\`${describeRequirement(r)}\``).join(", ");
    findings.push({
      rule: "lock-mismatch",
      severity,
      project: project.path,
      package: name2,
      file: anchor2.file,
      line: anchor2.line,
      message: `${describeGroup(group)} ${describe5(declared?.requirements)}${declared === void 0 ? ` for \`${name2}\`` : ""}, but ${formatLocation(locked?.requirements[0]?.file ?? lockFile, locked?.requirements[0]?.line ?? null)} recorded ${describe5(locked?.requirements)}: the lock was resolved from an older manifest.`,
      facts: {
        fix: "Run `uv lock`.",
        ...declared?.requirements[0] === void 0 ? {} : { requirement: declared.requirements[0] }
      }
    });
  }
  return findings;
}
function describeGroup(group) {
  if (group === "project") return "the project's dependencies declare";
  if (group.startsWith("optional:"))
    return `the extra \`${group.slice("optional:".length)}\` declares`;
  return `the dependency group \`${group.replace(/^group:/, "")}\` declares`;
}
function familyOf(group) {
  if (group.startsWith("optional:")) return "optional";
  return group === "dev" || group.startsWith("group:") ? "dev" : "project";
}
function groupKeys(requirements) {
  const groups = /* @__PURE__ */ new Map();
  for (const requirement of requirements) {
    const group = requirement.group === "group:dev" ? "dev" : requirement.group.replace(
      /^group:(.*)$/,
      (_, g) => `group:${normalizeName(g)}`
    );
    const id = `${requirement.name}\0${group}`;
    const entry = groups.get(id) ?? { keys: [], requirements: [] };
    const key = comparableKey(requirement);
    if (!entry.keys.some((k) => sameKey(k, key))) entry.keys.push(key);
    entry.requirements.push(requirement);
    groups.set(id, entry);
  }
  return groups;
}
function comparableKey(requirement) {
  const source = toComparableSource(requirement);
  const clauses = requirement.specifier.split(",").map((clause) => clause.replace(/\s+/g, "")).filter((clause) => clause !== "").map((clause) => {
    const match = /^(===|==|!=|~=|<=|>=|<|>)(.*?)(\.\*)?$/.exec(clause);
    const version3 = match?.[2] === void 0 ? null : parseVersion(match[2]);
    return match === null || version3 === null || match[1] === "===" ? clause : `${match[1]}${version3.text}${match[3] ?? ""}`;
  }).sort(compareText);
  const extras = [...new Set(requirement.extras.map(normalizeName))].sort(
    compareText
  );
  return {
    // uv drops the specifier of a requirement it lowers to a git, path, url or workspace source.
    clausesAndExtras: JSON.stringify([source === null ? clauses : [], extras]),
    clauses: JSON.stringify(clauses),
    marker: withoutExtraTerms(requirement.marker),
    source
  };
}
function sameKey(a, b) {
  return (a.clausesAndExtras === b.clausesAndExtras || unloweredMember(a, b)) && (sameSource(a.source, b.source) || unloweredMember(a, b)) && (a.marker === b.marker || markersEquivalent(a.marker, b.marker));
}
function unloweredMember(a, b) {
  const [declared, recorded] = a.source?.kind === "workspace" ? [a, b] : [b, a];
  return declared.source?.kind === "workspace" && recorded.source === null && declared.clauses === recorded.clauses && JSON.parse(declared.clausesAndExtras)[1].join() === JSON.parse(recorded.clausesAndExtras)[1].join();
}
function withoutExtraTerms(marker) {
  if (marker === null) return null;
  const parsed = parsePep508Marker(marker);
  const text3 = (parsed.ok ? parsed.value : marker).replace(/\s+and\s+extra\s*==\s*(["'])[^"']*\1/g, "").replace(/\bextra\s*==\s*(["'])[^"']*\1\s+and\s+/g, "").replace(/\bextra\s*==\s*(["'])[^"']*\1/g, "").replace(/\(\s*\)/g, "").trim();
  return text3 === "" ? null : text3;
}
function sameKeys(a, b) {
  return a.every((x) => b.some((y) => sameKey(x, y))) && b.every((y) => a.some((x) => sameKey(x, y)));
}
function describeRequirement(requirement) {
  const extras = requirement.extras.length > 0 ? `[${requirement.extras.join(",")}]` : "";
  const marker = requirement.marker === null ? "" : `; ${requirement.marker}`;
  const source = toComparableSource(requirement);
  if (source !== null)
    return `${requirement.name}${extras} @ ${describeSource(source)}${marker}`;
  return `${requirement.name}${extras}${requirement.specifier}${marker}`;
}

// src/policy/rules/lock-mismatch.ts
var RELOCK = {
  "uv-lock": "run `uv lock`",
  "poetry-lock": "run `poetry lock`",
  pylock: "export the lock again"
};
function checkLockMismatch(context) {
  const all = [];
  const severity = context.severityOf("lock-mismatch");
  for (const project of context.projects) {
    const findings = [];
    const byLock = /* @__PURE__ */ new Map();
    for (const entry of listLockedEntries(project)) {
      const entries = byLock.get(entry.file) ?? [];
      entries.push(entry);
      byLock.set(entry.file, entries);
    }
    const overridden = listOverriddenNames(context.projects, project);
    const scope = projectScope(project.requiresPython);
    for (const [lockFile, entries] of [...byLock].sort(
      ([a], [b]) => compareText(a, b)
    )) {
      const lockKind = findFileKind(project, lockFile);
      const relock = RELOCK[lockKind] ?? "regenerate the lock";
      for (const requirement of project.requirements) {
        if (!isLockedBy(project, requirement, lockKind)) continue;
        if (requirement.name === project.name) continue;
        if (!markerMayHold(requirement.marker, scope)) continue;
        if (overridden.has(requirement.name) && requirement.group !== "override")
          continue;
        const finding = checkRequirement(context, {
          requirement,
          entries,
          lockFile,
          lockKind,
          relock,
          severity,
          project
        });
        if (finding !== null) findings.push(finding);
      }
    }
    all.push(
      ...mergeSameLine(findings, compareLockMetadata(project, severity))
    );
  }
  return all;
}
function checkRequirement(context, check2) {
  const { requirement, lockFile, relock, project } = check2;
  const base = {
    rule: "lock-mismatch",
    severity: check2.severity,
    project: project.path,
    package: requirement.name,
    file: requirement.file,
    line: requirement.line
  };
  const locked = check2.entries.filter(
    (entry) => entry.name === requirement.name
  );
  if (locked.length === 0) {
    if (mayBeMissing(requirement, check2.lockKind)) return null;
    return {
      ...base,
      message: `\`${requirement.name}\` is declared but ${lockFile} has no entry for it: the lock is stale and installs from it lack the dependency.`,
      facts: {
        fix: `${capitalize(relock)}.`,
        requirement,
        also: `it has no entry for \`${requirement.name}\``
      }
    };
  }
  if (requirement.url !== null) return null;
  const declared = context.parseSpecifier(requirement.specifier);
  if (declared === null) return null;
  const versions = listApplyingVersions(locked, requirement, project);
  const outside = versions.filter(({ version: version3 }) => !admits(declared, version3));
  const forksReadable = locked.every((e) => lockFork(e) === e.marker);
  if (outside.length === 0 || !forksReadable && outside.length < versions.length)
    return null;
  const held = outside.map(
    ({ entry, version: version3 }) => `${version3.text} (${formatLocation(entry.file, entry.line)})`
  );
  return {
    ...base,
    message: `\`${requirement.name}${requirement.specifier}\` is declared but ${lockFile} holds ${held.join(", ")}: installs from the lock do not get what the manifest asks for.`,
    counterexample: outside[0]?.version.text ?? "",
    facts: {
      fix: `${capitalize(relock)}.`,
      requirement,
      stale: outside.map(({ entry }) => entry),
      also: `it holds ${held.join(", ")}, which \`${requirement.specifier}\` does not admit`
    }
  };
}
function listApplyingVersions(locked, requirement, project) {
  const scope = projectScope(project.requiresPython);
  return locked.flatMap((entry) => {
    const version3 = parseLockedVersion(entry);
    if (version3 === null) return [];
    if (!markersMayMeet([requirement.marker, lockFork(entry)], scope))
      return [];
    return [{ entry, version: version3 }];
  });
}
function mergeSameLine(entries, metadata) {
  const merged = [];
  const absorbed = /* @__PURE__ */ new Set();
  for (const finding of metadata) {
    const same = entries.find(
      (entry) => !absorbed.has(entry) && entry.file === finding.file && entry.line === finding.line && entry.package === finding.package
    );
    if (same === void 0) {
      merged.push(finding);
      continue;
    }
    absorbed.add(same);
    merged.push({
      ...finding,
      message: `${finding.message.replace(/\.$/, "")}, and ${same.facts.also ?? same.message}.`,
      ...same.counterexample === void 0 ? {} : { counterexample: same.counterexample },
      facts: {
        ...finding.facts,
        ...same.facts.stale === void 0 ? {} : { stale: same.facts.stale }
      }
    });
  }
  return [...entries.filter((entry) => !absorbed.has(entry)), ...merged];
}
function isLockedBy(project, requirement, lockKind) {
  if (findFileKind(project, requirement.file) !== "pyproject" || requirement.group === "build")
    return false;
  const group = requirement.group;
  const poetry = group === "poetry" || group.startsWith("poetry-group:");
  if (poetry && requirement.name === "python") return false;
  if (lockKind === "uv-lock") return !poetry;
  if (lockKind === "poetry-lock")
    return poetry || group === "project" || group.startsWith("optional:");
  return true;
}
function mayBeMissing(requirement, lockKind) {
  if (requirement.marker !== null) return true;
  if (requirement.group === "constraint" || requirement.group === "override")
    return true;
  return lockKind === "pylock" && requirement.group !== "project";
}
function capitalize(text3) {
  return text3.charAt(0).toUpperCase() + text3.slice(1);
}

// src/policy/consolidate-findings.ts
var LINE_RULES = ["banned", "compat", "outside-policy", "unpinned"];
function consolidateFindings(findings, projects) {
  let result = dropSharedDuplicates(findings, projects);
  result = dropOnUnsatisfiableLines(result);
  result = foldLockIntoManifest(result, projects);
  result = mergeSameLine2(result);
  result = foldConflicts(result);
  result = foldInconsistentIntoStaleLock(result);
  result = foldInconsistentIntoLineFix(result);
  return result;
}
function dropSharedDuplicates(findings, projects) {
  const byKey = /* @__PURE__ */ new Map();
  const owner = (finding) => {
    const project = projects.find((p) => p.path === finding.project);
    return project !== void 0 && finding.file !== null && ownsFile(project, finding.file);
  };
  const kept = [];
  for (const finding of findings) {
    if (finding.file === null || finding.project === null) {
      kept.push(finding);
      continue;
    }
    const key = JSON.stringify([
      finding.rule,
      finding.file,
      finding.line,
      finding.package,
      finding.message,
      finding.facts.fix,
      finding.suggestion
    ]);
    const seen = byKey.get(key);
    if (seen === void 0) {
      byKey.set(key, finding);
      kept.push(finding);
    } else if (!owner(seen) && owner(finding)) {
      kept[kept.indexOf(seen)] = finding;
      byKey.set(key, finding);
    }
  }
  return kept;
}
function dropOnUnsatisfiableLines(findings) {
  const lines = new Set(
    findings.flatMap(
      (f) => f.facts.unsatisfiable === true && f.file !== null ? [`${f.package}\0${f.file}\0${f.line}`] : []
    )
  );
  if (lines.size === 0) return [...findings];
  const on = (file2, line, name2) => lines.has(`${name2}\0${file2}\0${line}`);
  return findings.filter(
    (f) => f.facts.unsatisfiable === true || !(on(f.file, f.line, f.package) || f.facts.requirement !== void 0 && on(
      f.facts.requirement.file,
      f.facts.requirement.line,
      f.facts.requirement.name
    ) || (f.facts.clash?.members ?? []).some(
      (m) => on(m.file, m.line, f.package)
    ))
  );
}
function foldLockIntoManifest(findings, projects) {
  const notes = /* @__PURE__ */ new Map();
  const dropped = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    const entry = finding.facts.entry;
    if (entry === void 0 || !["banned", "compat", "outside-policy"].includes(finding.rule))
      continue;
    const project = projects.find((p) => p.path === finding.project);
    if (project === void 0) continue;
    const lockKind = findFileKind(project, entry.file);
    const cause = findings.find(
      (other) => other.rule === finding.rule && other.project === finding.project && other.package === finding.package && other.facts.requirement !== void 0 && isLockedBy(project, other.facts.requirement, lockKind)
    );
    if (cause === void 0) continue;
    dropped.add(finding);
    notes.set(cause, [
      ...notes.get(cause) ?? [],
      `${formatLocation(entry.file, entry.line)} holds ${entry.version ?? "it"} because of it; re-lock after the fix.`
    ]);
  }
  return findings.filter((finding) => !dropped.has(finding)).map((finding) => {
    const added = notes.get(finding);
    return added === void 0 ? finding : { ...finding, message: `${finding.message} ${added.join(" ")}` };
  });
}
function mergeSameLine2(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.facts.requirement === void 0 || !LINE_RULES.includes(finding.rule))
      continue;
    const key = JSON.stringify([
      finding.project,
      finding.package,
      finding.file,
      finding.line
    ]);
    groups.set(key, [...groups.get(key) ?? [], finding]);
  }
  const replaced = /* @__PURE__ */ new Map();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const rank = (f) => LINE_RULES.indexOf(f.rule);
    const [primary, ...rest] = [...group].sort(
      (a, b) => severityRank(a) - severityRank(b) || rank(a) - rank(b)
    );
    if (primary === void 0) continue;
    const also = rest.flatMap(
      (f) => f.facts.also === void 0 ? [] : [f.facts.also]
    );
    const merged = {
      ...withAlso(primary, rest),
      message: also.length === 0 ? primary.message : `${primary.message} Besides, ${joinClauses(also)}.`
    };
    if (merged.suggestion === void 0) {
      const other = rest.find((f) => f.suggestion !== void 0);
      if (other !== void 0) {
        merged.suggestion = other.suggestion;
        merged.facts = {
          ...merged.facts,
          ...other.facts.fix === void 0 ? {} : { fix: other.facts.fix },
          ...other.facts.replacement === void 0 ? {} : { replacement: other.facts.replacement }
        };
      }
    }
    replaced.set(primary, merged);
    for (const f of rest) replaced.set(f, null);
  }
  return findings.flatMap((finding) => {
    const replacement = replaced.get(finding);
    if (replacement === void 0) return [finding];
    return replacement === null ? [] : [replacement];
  });
}
function foldConflicts(findings) {
  const notes = /* @__PURE__ */ new Map();
  const foldedInto = /* @__PURE__ */ new Map();
  const dropped = /* @__PURE__ */ new Set();
  for (const conflict of findings) {
    const clash = conflict.facts.clash;
    if (conflict.rule !== "conflict" && conflict.rule !== "diverged" || clash === void 0)
      continue;
    for (const member of clash.members) {
      if (!member.own) continue;
      const cause = findings.find(
        (f) => f !== conflict && f.rule !== "unpinned" && LINE_RULES.includes(f.rule) && f.project === conflict.project && f.package === conflict.package && f.file === member.file && f.line === member.line && f.facts.replacement !== void 0
      );
      if (cause === void 0 || !resolves(cause.facts.replacement ?? "", member, clash.together))
        continue;
      const satisfied = notes.get(cause) ?? [];
      for (const other of clash.members) {
        const text3 = `\`${other.text}\` (${other.origin})`;
        if (other !== member && !satisfied.includes(text3)) satisfied.push(text3);
      }
      dropped.add(conflict);
      notes.set(cause, satisfied);
      foldedInto.set(cause, [...foldedInto.get(cause) ?? [], conflict]);
      break;
    }
  }
  return findings.filter((finding) => !dropped.has(finding)).map((finding) => {
    const satisfied = notes.get(finding);
    return satisfied === void 0 ? finding : {
      ...withAlso(finding, foldedInto.get(finding) ?? []),
      message: `${finding.message} The fix also satisfies ${joinClauses(satisfied)}.`
    };
  });
}
function resolves(replacement, member, together) {
  const parsed = safely(() => parseSpecifierSet(replacement), null);
  if (parsed === null || !parsed.ok) return false;
  return safely(() => {
    let set2 = parsed.value.set;
    for (const other of together)
      if (other !== member) set2 = intersect(set2, other.set);
    return !isEmpty(set2);
  }, false);
}
function foldInconsistentIntoStaleLock(findings) {
  const notes = /* @__PURE__ */ new Map();
  const dropped = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    const entry = finding.facts.entry;
    if (finding.rule !== "inconsistent" || entry === void 0) continue;
    const cause = findings.find(
      (other) => other.rule === "lock-mismatch" && other.project === finding.project && other.package === finding.package && (other.facts.stale ?? []).some(
        (stale) => stale.file === entry.file && stale.line === entry.line
      )
    );
    if (cause === void 0) continue;
    dropped.add(finding);
    notes.set(cause, [
      ...notes.get(cause) ?? [],
      `Meanwhile ${finding.facts.also ?? finding.message}.`
    ]);
  }
  return findings.filter((finding) => !dropped.has(finding)).map((finding) => {
    const added = notes.get(finding);
    return added === void 0 ? finding : {
      ...withAlso(finding, [{ rule: "inconsistent" }]),
      message: `${finding.message} ${added.join(" ")}`
    };
  });
}
function foldInconsistentIntoLineFix(findings) {
  const isLineFix = (f) => LINE_RULES.includes(f.rule) && f.suggestion !== void 0;
  const folded = /* @__PURE__ */ new Set();
  const causes = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.rule !== "inconsistent" || finding.suggestion === void 0)
      continue;
    const cause = findings.find(
      (f) => isLineFix(f) && f.project === finding.project && f.package === finding.package && f.file === finding.file && f.line === finding.line && f.suggestion === finding.suggestion
    );
    if (cause === void 0) continue;
    folded.add(finding);
    causes.set(cause, {
      ...withAlso(causes.get(cause) ?? cause, [finding]),
      message: `${(causes.get(cause) ?? cause).message} The fix also brings this project in line with the other projects of the repository.`
    });
  }
  return findings.flatMap((f) => folded.has(f) ? [] : [causes.get(f) ?? f]);
}
function withAlso(finding, folded) {
  const ids = [...finding.also ?? []];
  for (const f of folded)
    for (const id of [f.rule, ...f.also ?? []])
      if (id !== finding.rule && !ids.includes(id)) ids.push(id);
  return ids.length === 0 ? finding : { ...finding, also: ids };
}
function severityRank(finding) {
  return ["error", "warning", "notice"].indexOf(finding.severity);
}
function joinClauses(clauses) {
  if (clauses.length <= 1) return clauses.join("");
  return `${clauses.slice(0, -1).join(", ")} and ${clauses[clauses.length - 1]}`;
}

// src/policy/exception-match.ts
var import_picomatch4 = __toESM(require_picomatch2(), 1);
function isSuppressedBy(finding, exception) {
  if (exception.rule !== finding.rule) return false;
  if (exception.package !== null && exception.package !== finding.package)
    return false;
  if (exception.project !== null && (finding.project === null || !matchGlob(finding.project, exception.project))) {
    return false;
  }
  return exception.file === null || finding.file !== null && matchGlob(finding.file, exception.file);
}
function matchGlob(path, glob) {
  return import_picomatch4.default.isMatch(path, glob, { dot: true });
}

// src/policy/finalize-finding.ts
function finalizeFinding(finding) {
  const { facts, ...rest } = finding;
  const fix = facts.fix === void 0 ? "" : ` ${facts.fix}`;
  const detail = facts.detail === void 0 ? "" : `
${facts.detail}`;
  const key = identifyFinding(finding);
  return {
    ...rest,
    message: `${finding.message}${fix}${detail}`,
    ...key === void 0 ? {} : { key }
  };
}
function identifyFinding(finding) {
  const { requirement, entry, stale, clash } = finding.facts;
  if (requirement === void 0 && entry === void 0 && stale === void 0 && clash === void 0)
    return void 0;
  return JSON.stringify([
    finding.rule,
    finding.project,
    finding.package,
    finding.file,
    requirement === void 0 ? null : [
      requirement.name,
      requirement.specifier,
      requirement.marker,
      requirement.url,
      requirement.group
    ],
    entry === void 0 ? null : [entry.name, entry.version, entry.file],
    (stale ?? []).map((e) => `${e.name}==${e.version ?? ""}`).sort(compareText),
    // The other side of a clash, as written: not its line, not its origin (which names lines).
    (clash?.members ?? []).map((m) => `${m.file}\0${m.text}`).sort(compareText)
  ]);
}

// src/policy/install-sets.ts
var import_picomatch5 = __toESM(require_picomatch2(), 1);
import { posix as posix5 } from "node:path";
function listInstallSets(project) {
  if (project.installSets !== void 0) return project.installSets;
  const files = [
    .../* @__PURE__ */ new Set([
      ...project.files.map((f) => f.path),
      ...project.requirements.map((r) => r.file),
      ...project.locked.map((e) => e.file)
    ])
  ];
  return [
    {
      kind: "pyproject",
      root: files[0] ?? project.path,
      files,
      constraints: [],
      inputs: []
    }
  ];
}
function listSetRequirements(project, set2) {
  const files = new Set(set2.files);
  return project.requirements.filter((r) => files.has(r.file));
}
function listResolutionViews(project) {
  return listInstallSets(project).flatMap((set2) => {
    const withLocks = set2.kind === "pyproject";
    if (set2.kind !== "compiled")
      return [{ files: new Set(set2.files), withLocks }];
    const inputs = /* @__PURE__ */ new Set([...set2.inputs, ...set2.constraints]);
    const outputs = new Set(set2.files.filter((f) => !set2.inputs.includes(f)));
    return [
      { files: inputs, withLocks: false },
      { files: outputs, withLocks: false }
    ];
  });
}
function listFilesResolvedWith(project, file2) {
  const views = listResolutionViews(project).filter(
    (view) => view.files.has(file2)
  );
  if (views.length === 0) return void 0;
  return new Set(views.flatMap((view) => [...view.files]));
}
function isConstraintIn(requirement, set2) {
  return requirement.group === "constraint" || requirement.group === "constraints-file" || set2.constraints.includes(requirement.file);
}
function applyInstallDeclarations(projects, policy, options = { partial: false }) {
  if (policy.install.length === 0) return;
  const sets = projects.flatMap(
    (project) => listInstallSets(project).map((set2) => ({ project, set: set2 }))
  );
  const byRoot = new Map(sets.map((entry) => [entry.set.root, entry]));
  const roots = [...byRoot.keys()];
  for (const declaration of policy.install) {
    const each = roots.filter(
      (root) => declaration.each.some((glob) => matches(root, glob))
    );
    for (const glob of declaration.each)
      if (!options.partial && !roots.some((root) => matches(root, glob)))
        fail(
          declaration,
          policy,
          `\`each\` ${JSON.stringify(glob)} matches no discovered dependency file`
        );
    for (const root of each) {
      const target = byRoot.get(root);
      for (const entry of declaration.with) {
        const found = findWith(entry, root, roots);
        if (found.length === 0 && !options.partial)
          fail(
            declaration,
            policy,
            `\`with\` ${JSON.stringify(entry)} matches no discovered dependency file${isRelative(entry) ? ` next to ${root}` : ""}`
          );
        for (const other of found)
          join6(target, byRoot.get(other));
      }
    }
  }
}
function join6(target, added) {
  if (target.set === added.set) return;
  for (const file2 of added.set.files)
    if (!target.set.files.includes(file2)) target.set.files.push(file2);
  for (const file2 of added.set.constraints)
    if (!target.set.constraints.includes(file2))
      target.set.constraints.push(file2);
  if (target.project === added.project) return;
  const files = new Set(added.set.files);
  const known = new Set(
    target.project.requirements.map(
      (r) => `${r.file}\0${r.line}\0${r.name}\0${r.group}`
    )
  );
  for (const r of added.project.requirements)
    if (files.has(r.file) && !known.has(`${r.file}\0${r.line}\0${r.name}\0${r.group}`))
      target.project.requirements.push(r);
}
function findWith(entry, root, roots) {
  if (isRelative(entry)) {
    const path = posix5.normalize(posix5.join(posix5.dirname(root), entry));
    return roots.filter(
      (candidate) => candidate === path || matches(candidate, path)
    );
  }
  return roots.filter((candidate) => matches(candidate, entry));
}
function isRelative(entry) {
  return entry.startsWith("./") || entry.startsWith("../");
}
function matches(path, glob) {
  return import_picomatch5.default.isMatch(path, glob.replace(/^\.\//, ""), { dot: true });
}
function fail(declaration, policy, message) {
  throw new ConfigurationError(
    `[[install]]: ${message}`,
    policy.file,
    declaration.line
  );
}
function isCompiledInput(project, requirement) {
  return listInstallSets(project).some(
    (set2) => set2.kind === "compiled" && set2.inputs.includes(requirement.file) && !requirement.file.endsWith("pyproject.toml")
  );
}
function findEffectiveRange(project, requirement) {
  const sets = listInstallSets(project).filter(
    (set2) => set2.files.includes(requirement.file)
  );
  if (sets.length === 0 || sets.some((set2) => isConstraintIn(requirement, set2)))
    return { specifier: requirement.specifier, constraints: [] };
  let common = null;
  for (const set2 of sets) {
    const applying = (listConstraintsByName(project, set2).get(requirement.name) ?? []).filter(
      (c) => c !== requirement && (c.marker === null || c.marker === requirement.marker)
    );
    common = common === null ? applying : common.filter((c) => applying.includes(c));
  }
  const constraints = common ?? [];
  return {
    specifier: [requirement.specifier, ...constraints.map((c) => c.specifier)].filter((s) => s !== "").join(","),
    constraints
  };
}
var constraintIndexes = /* @__PURE__ */ new WeakMap();
function listConstraintsByName(project, set2) {
  const sizes = [
    project.requirements.length,
    set2.files.length,
    set2.constraints.length
  ];
  const cached2 = constraintIndexes.get(set2);
  if (cached2?.requirements === project.requirements && cached2.sizes.every((size, i) => size === sizes[i]))
    return cached2.byName;
  const byName = /* @__PURE__ */ new Map();
  for (const c of listSetRequirements(project, set2)) {
    if (!isConstraintIn(c, set2) || c.url !== null || c.specifier === "")
      continue;
    const list = byName.get(c.name);
    if (list) list.push(c);
    else byName.set(c.name, [c]);
  }
  constraintIndexes.set(set2, {
    requirements: project.requirements,
    sizes,
    byName
  });
  return byName;
}
function describeConstraints(constraints) {
  if (constraints.length === 0) return "";
  return ` (with ${constraints.map((c) => `\`${c.name}${c.specifier}\` from ${formatLocation(c.file, c.line)}`).join(" and ")})`;
}
function describeEffectiveRange(requirement, constraints) {
  if (requirement.specifier !== "")
    return `\`${requirement.specifier}\`${describeConstraints(constraints)}`;
  if (constraints.length === 0) return "";
  return `with no version constraint of its own, only ${constraints.map((c) => `\`${c.name}${c.specifier}\` from ${formatLocation(c.file, c.line)}`).join(" and ")},`;
}

// src/policy/compat-match.ts
function matchCompatWhen(context, project, rule, files) {
  const when = context.parseSpecifier(rule.when.specifier);
  if (when === null) return null;
  const name2 = rule.when.name;
  const inScope = (file2) => files === void 0 || files.has(file2);
  const locked = listLockedVersions(project, name2, inScope);
  if (locked.length > 0) {
    const match = locked.find(({ version: version3 }) => admits(when, version3));
    return match === void 0 ? null : `${formatLocation(match.entry.file, match.entry.line)} locks ${name2} ${match.version.text}`;
  }
  const declared = project.requirements.filter(
    (r) => r.name === name2 && r.group !== "build" && r.url === null && inScope(r.file)
  );
  const parsed = declared.flatMap((requirement) => {
    const set2 = context.parseSpecifier(requirement.specifier);
    return set2 === null || requirement.specifier === "" ? [] : [{ requirement, set: set2 }];
  });
  const pinned = parsed.flatMap(({ requirement, set: set2 }) => {
    const version3 = findExactVersion(set2);
    return version3 === null ? [] : [{ requirement, version: version3 }];
  });
  if (pinned.length > 0) {
    const match = pinned.find(({ version: version3 }) => admits(when, version3));
    return match === void 0 ? null : `${formatLocation(match.requirement.file, match.requirement.line)} pins ${name2} ${match.version.text}`;
  }
  const inside = parsed.find(
    ({ set: set2 }) => safely(() => subset(set2.set, when.set).ok, false)
  );
  return inside === void 0 ? null : `${formatLocation(inside.requirement.file, inside.requirement.line)} declares \`${name2}${inside.requirement.specifier}\``;
}

// src/policy/acceptable-versions.ts
function isVersionAcceptable(context, project, name2, version3) {
  return listConstraints(context, project, name2).every(
    (set2) => admits(set2, version3)
  ) && !listBanned(context, name2).some((set2) => admits(set2, version3));
}
function listConstraints(context, project, name2, files) {
  const sets = [];
  const allowed = context.policy.packages[name2]?.allowed;
  const parsedAllowed = allowed === void 0 ? null : context.parseSpecifier(allowed);
  if (parsedAllowed !== null) sets.push(parsedAllowed);
  for (const rule of context.policy.compat) {
    if (rule.require.name !== name2) continue;
    const require2 = context.parseSpecifier(rule.require.specifier);
    if (require2 !== null && matchCompatWhen(context, project, rule, files) !== null)
      sets.push(require2);
  }
  return sets;
}
function listBanned(context, name2) {
  return (context.policy.packages[name2]?.banned ?? []).flatMap((text3) => {
    const set2 = context.parseSpecifier(text3);
    return set2 === null ? [] : [set2];
  });
}

// src/policy/pin-level.ts
var import_picomatch7 = __toESM(require_picomatch2(), 1);

// src/policy/schema.ts
var import_picomatch6 = __toESM(require_picomatch2(), 1);

// node_modules/zod/v4/classic/external.js
var external_exports = {};
__export(external_exports, {
  $brand: () => $brand,
  $input: () => $input,
  $output: () => $output,
  INVALID: () => INVALID,
  NEVER: () => NEVER,
  TimePrecision: () => TimePrecision,
  ZodAny: () => ZodAny,
  ZodArray: () => ZodArray,
  ZodBase64: () => ZodBase64,
  ZodBase64URL: () => ZodBase64URL,
  ZodBigInt: () => ZodBigInt,
  ZodBigIntFormat: () => ZodBigIntFormat,
  ZodBoolean: () => ZodBoolean,
  ZodCIDRv4: () => ZodCIDRv4,
  ZodCIDRv6: () => ZodCIDRv6,
  ZodCUID: () => ZodCUID,
  ZodCUID2: () => ZodCUID2,
  ZodCatch: () => ZodCatch,
  ZodCodec: () => ZodCodec,
  ZodCompileAsyncError: () => ZodCompileAsyncError,
  ZodCompileUnsupportedError: () => ZodCompileUnsupportedError,
  ZodCreditCard: () => ZodCreditCard,
  ZodCustom: () => ZodCustom,
  ZodCustomStringFormat: () => ZodCustomStringFormat,
  ZodDate: () => ZodDate,
  ZodDefault: () => ZodDefault,
  ZodDiscriminatedUnion: () => ZodDiscriminatedUnion,
  ZodE164: () => ZodE164,
  ZodEmail: () => ZodEmail,
  ZodEmoji: () => ZodEmoji,
  ZodEnum: () => ZodEnum,
  ZodError: () => ZodError,
  ZodExactOptional: () => ZodExactOptional,
  ZodFile: () => ZodFile,
  ZodFirstPartyTypeKind: () => ZodFirstPartyTypeKind,
  ZodFunction: () => ZodFunction,
  ZodGUID: () => ZodGUID,
  ZodIBAN: () => ZodIBAN,
  ZodIPv4: () => ZodIPv4,
  ZodIPv6: () => ZodIPv6,
  ZodISODate: () => ZodISODate,
  ZodISODateTime: () => ZodISODateTime,
  ZodISODuration: () => ZodISODuration,
  ZodISOTime: () => ZodISOTime,
  ZodInstanceOf: () => ZodInstanceOf,
  ZodIntersection: () => ZodIntersection,
  ZodIssueCode: () => ZodIssueCode,
  ZodJWT: () => ZodJWT,
  ZodKSUID: () => ZodKSUID,
  ZodLazy: () => ZodLazy,
  ZodLiteral: () => ZodLiteral,
  ZodMAC: () => ZodMAC,
  ZodMap: () => ZodMap,
  ZodNaN: () => ZodNaN,
  ZodNanoID: () => ZodNanoID,
  ZodNever: () => ZodNever,
  ZodNonOptional: () => ZodNonOptional,
  ZodNull: () => ZodNull,
  ZodNullable: () => ZodNullable,
  ZodNumber: () => ZodNumber,
  ZodNumberFormat: () => ZodNumberFormat,
  ZodObject: () => ZodObject,
  ZodOptional: () => ZodOptional,
  ZodPipe: () => ZodPipe,
  ZodPrefault: () => ZodPrefault,
  ZodPreprocess: () => ZodPreprocess,
  ZodPromise: () => ZodPromise,
  ZodReadonly: () => ZodReadonly,
  ZodRealError: () => ZodRealError,
  ZodRecord: () => ZodRecord,
  ZodSet: () => ZodSet,
  ZodString: () => ZodString,
  ZodStringFormat: () => ZodStringFormat,
  ZodSuccess: () => ZodSuccess,
  ZodSymbol: () => ZodSymbol,
  ZodTemplateLiteral: () => ZodTemplateLiteral,
  ZodTransform: () => ZodTransform,
  ZodTuple: () => ZodTuple,
  ZodType: () => ZodType,
  ZodULID: () => ZodULID,
  ZodURL: () => ZodURL,
  ZodUUID: () => ZodUUID,
  ZodUndefined: () => ZodUndefined,
  ZodUnion: () => ZodUnion,
  ZodUnknown: () => ZodUnknown,
  ZodVoid: () => ZodVoid,
  ZodXID: () => ZodXID,
  ZodXor: () => ZodXor,
  _ZodString: () => _ZodString,
  _default: () => _default2,
  _function: () => _function,
  any: () => any,
  array: () => array,
  base64: () => base642,
  base64url: () => base64url2,
  bigint: () => bigint2,
  boolean: () => boolean2,
  catch: () => _catch2,
  check: () => check,
  cidrv4: () => cidrv42,
  cidrv6: () => cidrv62,
  clone: () => clone,
  codec: () => codec,
  coerce: () => coerce_exports,
  compile: () => compile,
  config: () => config,
  core: () => core_exports2,
  creditCard: () => creditCard2,
  cuid: () => cuid3,
  cuid2: () => cuid22,
  currencyCode: () => currencyCode2,
  custom: () => custom,
  date: () => date2,
  decode: () => decode2,
  decodeAsync: () => decodeAsync2,
  deepPartial: () => deepPartial,
  describe: () => describe2,
  discriminatedUnion: () => discriminatedUnion,
  e164: () => e1642,
  email: () => email2,
  emoji: () => emoji2,
  encode: () => encode2,
  encodeAsync: () => encodeAsync2,
  endsWith: () => _endsWith,
  enum: () => _enum2,
  exactOptional: () => exactOptional,
  file: () => file,
  flattenError: () => flattenError,
  float32: () => float32,
  float64: () => float64,
  formatError: () => formatError,
  fromJSONSchema: () => fromJSONSchema,
  function: () => _function,
  getDiscriminatedOption: () => getDiscriminatedOption,
  getErrorMap: () => getErrorMap,
  globalRegistry: () => globalRegistry,
  gt: () => _gt,
  gte: () => _gte,
  guid: () => guid2,
  hash: () => hash,
  hex: () => hex2,
  hostname: () => hostname2,
  httpUrl: () => httpUrl,
  iban: () => iban2,
  includes: () => _includes,
  input: () => input,
  instanceof: () => _instanceof,
  int: () => int,
  int32: () => int32,
  int64: () => int64,
  intersection: () => intersection,
  invertCodec: () => invertCodec,
  ipv4: () => ipv42,
  ipv6: () => ipv62,
  iso: () => iso_exports,
  json: () => json,
  jwt: () => jwt,
  keyof: () => keyof,
  ksuid: () => ksuid2,
  lazy: () => lazy,
  length: () => _length,
  literal: () => literal,
  locales: () => zod_locales_exports,
  looseObject: () => looseObject,
  looseRecord: () => looseRecord,
  lowercase: () => _lowercase,
  lt: () => _lt,
  lte: () => _lte,
  mac: () => mac2,
  map: () => map,
  maxLength: () => _maxLength,
  maxSize: () => _maxSize,
  memoizer: () => memoizer,
  meta: () => meta2,
  mime: () => _mime,
  minLength: () => _minLength,
  minSize: () => _minSize,
  multipleOf: () => _multipleOf,
  nan: () => nan,
  nanoid: () => nanoid2,
  nativeEnum: () => nativeEnum,
  negative: () => _negative,
  never: () => never,
  nonnegative: () => _nonnegative,
  nonoptional: () => nonoptional,
  nonpositive: () => _nonpositive,
  normalize: () => _normalize,
  null: () => _null3,
  nullable: () => nullable,
  nullish: () => nullish2,
  number: () => number2,
  object: () => object,
  optional: () => optional,
  output: () => output,
  overwrite: () => _overwrite,
  parse: () => parse2,
  parseAsync: () => parseAsync2,
  partialRecord: () => partialRecord,
  pipe: () => pipe,
  positive: () => _positive,
  prefault: () => prefault,
  preprocess: () => preprocess,
  prettifyError: () => prettifyError,
  promise: () => promise,
  properties: () => _properties,
  property: () => _property,
  readonly: () => readonly,
  record: () => record,
  refine: () => refine,
  regex: () => _regex,
  regexes: () => regexes_exports,
  registry: () => registry,
  safeDecode: () => safeDecode2,
  safeDecodeAsync: () => safeDecodeAsync2,
  safeEncode: () => safeEncode2,
  safeEncodeAsync: () => safeEncodeAsync2,
  safeParse: () => safeParse2,
  safeParseAsync: () => safeParseAsync2,
  set: () => set,
  setErrorMap: () => setErrorMap,
  size: () => _size,
  slugify: () => _slugify,
  startsWith: () => _startsWith,
  strictObject: () => strictObject,
  string: () => string2,
  stringFormat: () => stringFormat,
  stringbool: () => stringbool,
  success: () => success,
  superRefine: () => superRefine,
  symbol: () => symbol,
  templateLiteral: () => templateLiteral,
  toJSONSchema: () => toJSONSchema,
  toLowerCase: () => _toLowerCase,
  toUpperCase: () => _toUpperCase,
  toZod: () => toZod,
  transform: () => transform,
  treeifyError: () => treeifyError,
  trim: () => _trim,
  tuple: () => tuple,
  uint32: () => uint32,
  uint64: () => uint64,
  ulid: () => ulid2,
  undefined: () => _undefined3,
  union: () => union,
  unknown: () => unknown,
  uppercase: () => _uppercase,
  url: () => url,
  util: () => util_exports,
  uuid: () => uuid2,
  uuidv4: () => uuidv4,
  uuidv6: () => uuidv6,
  uuidv7: () => uuidv7,
  validate: () => validate,
  validateAsync: () => validateAsync,
  void: () => _void2,
  withParser: () => withParser,
  xid: () => xid2,
  xor: () => xor
});

// node_modules/zod/v4/core/index.js
var core_exports2 = {};
__export(core_exports2, {
  $ZodAny: () => $ZodAny,
  $ZodArray: () => $ZodArray,
  $ZodAsyncError: () => $ZodAsyncError,
  $ZodBase64: () => $ZodBase64,
  $ZodBase64URL: () => $ZodBase64URL,
  $ZodBigInt: () => $ZodBigInt,
  $ZodBigIntFormat: () => $ZodBigIntFormat,
  $ZodBoolean: () => $ZodBoolean,
  $ZodCIDRv4: () => $ZodCIDRv4,
  $ZodCIDRv6: () => $ZodCIDRv6,
  $ZodCUID: () => $ZodCUID,
  $ZodCUID2: () => $ZodCUID2,
  $ZodCatch: () => $ZodCatch,
  $ZodCheck: () => $ZodCheck,
  $ZodCheckBigIntFormat: () => $ZodCheckBigIntFormat,
  $ZodCheckEndsWith: () => $ZodCheckEndsWith,
  $ZodCheckGreaterThan: () => $ZodCheckGreaterThan,
  $ZodCheckIncludes: () => $ZodCheckIncludes,
  $ZodCheckLengthEquals: () => $ZodCheckLengthEquals,
  $ZodCheckLessThan: () => $ZodCheckLessThan,
  $ZodCheckLowerCase: () => $ZodCheckLowerCase,
  $ZodCheckMaxLength: () => $ZodCheckMaxLength,
  $ZodCheckMaxSize: () => $ZodCheckMaxSize,
  $ZodCheckMimeType: () => $ZodCheckMimeType,
  $ZodCheckMinLength: () => $ZodCheckMinLength,
  $ZodCheckMinSize: () => $ZodCheckMinSize,
  $ZodCheckMultipleOf: () => $ZodCheckMultipleOf,
  $ZodCheckNumberFormat: () => $ZodCheckNumberFormat,
  $ZodCheckOverwrite: () => $ZodCheckOverwrite,
  $ZodCheckProperties: () => $ZodCheckProperties,
  $ZodCheckProperty: () => $ZodCheckProperty,
  $ZodCheckRegex: () => $ZodCheckRegex,
  $ZodCheckSizeEquals: () => $ZodCheckSizeEquals,
  $ZodCheckStartsWith: () => $ZodCheckStartsWith,
  $ZodCheckStringFormat: () => $ZodCheckStringFormat,
  $ZodCheckUpperCase: () => $ZodCheckUpperCase,
  $ZodCodec: () => $ZodCodec,
  $ZodCreditCard: () => $ZodCreditCard,
  $ZodCustom: () => $ZodCustom,
  $ZodCustomStringFormat: () => $ZodCustomStringFormat,
  $ZodCyclicError: () => $ZodCyclicError,
  $ZodDate: () => $ZodDate,
  $ZodDefault: () => $ZodDefault,
  $ZodDiscriminatedUnion: () => $ZodDiscriminatedUnion,
  $ZodE164: () => $ZodE164,
  $ZodEmail: () => $ZodEmail,
  $ZodEmoji: () => $ZodEmoji,
  $ZodEncodeError: () => $ZodEncodeError,
  $ZodEnum: () => $ZodEnum,
  $ZodError: () => $ZodError,
  $ZodExactOptional: () => $ZodExactOptional,
  $ZodFile: () => $ZodFile,
  $ZodFunction: () => $ZodFunction,
  $ZodGUID: () => $ZodGUID,
  $ZodIBAN: () => $ZodIBAN,
  $ZodIPv4: () => $ZodIPv4,
  $ZodIPv6: () => $ZodIPv6,
  $ZodISODate: () => $ZodISODate,
  $ZodISODateTime: () => $ZodISODateTime,
  $ZodISODuration: () => $ZodISODuration,
  $ZodISOTime: () => $ZodISOTime,
  $ZodIntersection: () => $ZodIntersection,
  $ZodJWT: () => $ZodJWT,
  $ZodKSUID: () => $ZodKSUID,
  $ZodLazy: () => $ZodLazy,
  $ZodLiteral: () => $ZodLiteral,
  $ZodMAC: () => $ZodMAC,
  $ZodMap: () => $ZodMap,
  $ZodNaN: () => $ZodNaN,
  $ZodNanoID: () => $ZodNanoID,
  $ZodNever: () => $ZodNever,
  $ZodNonOptional: () => $ZodNonOptional,
  $ZodNull: () => $ZodNull,
  $ZodNullable: () => $ZodNullable,
  $ZodNumber: () => $ZodNumber,
  $ZodNumberFormat: () => $ZodNumberFormat,
  $ZodObject: () => $ZodObject,
  $ZodObjectJIT: () => $ZodObjectJIT,
  $ZodOptional: () => $ZodOptional,
  $ZodPipe: () => $ZodPipe,
  $ZodPrefault: () => $ZodPrefault,
  $ZodPreprocess: () => $ZodPreprocess,
  $ZodPromise: () => $ZodPromise,
  $ZodReadonly: () => $ZodReadonly,
  $ZodRealError: () => $ZodRealError,
  $ZodRecord: () => $ZodRecord,
  $ZodRegistry: () => $ZodRegistry,
  $ZodSet: () => $ZodSet,
  $ZodString: () => $ZodString,
  $ZodStringFormat: () => $ZodStringFormat,
  $ZodSuccess: () => $ZodSuccess,
  $ZodSymbol: () => $ZodSymbol,
  $ZodTemplateLiteral: () => $ZodTemplateLiteral,
  $ZodTransform: () => $ZodTransform,
  $ZodTuple: () => $ZodTuple,
  $ZodType: () => $ZodType,
  $ZodULID: () => $ZodULID,
  $ZodURL: () => $ZodURL,
  $ZodUUID: () => $ZodUUID,
  $ZodUndefined: () => $ZodUndefined,
  $ZodUnion: () => $ZodUnion,
  $ZodUnknown: () => $ZodUnknown,
  $ZodVoid: () => $ZodVoid,
  $ZodXID: () => $ZodXID,
  $ZodXor: () => $ZodXor,
  $brand: () => $brand,
  $constructor: () => $constructor,
  $input: () => $input,
  $output: () => $output,
  Doc: () => Doc,
  INVALID: () => INVALID,
  JSONSchema: () => json_schema_exports,
  JSONSchemaGenerator: () => JSONSchemaGenerator,
  NEVER: () => NEVER,
  TimePrecision: () => TimePrecision,
  URL_BAD_FORMAT: () => URL_BAD_FORMAT,
  URL_UNPARSEABLE: () => URL_UNPARSEABLE,
  ZodCompileAsyncError: () => ZodCompileAsyncError,
  ZodCompileUnsupportedError: () => ZodCompileUnsupportedError,
  _any: () => _any,
  _array: () => _array,
  _base64: () => _base64,
  _base64url: () => _base64url,
  _bigint: () => _bigint,
  _boolean: () => _boolean,
  _catch: () => _catch,
  _check: () => _check,
  _cidrv4: () => _cidrv4,
  _cidrv6: () => _cidrv6,
  _coercedBigint: () => _coercedBigint,
  _coercedBoolean: () => _coercedBoolean,
  _coercedDate: () => _coercedDate,
  _coercedNumber: () => _coercedNumber,
  _coercedString: () => _coercedString,
  _creditCard: () => _creditCard,
  _cuid: () => _cuid,
  _cuid2: () => _cuid2,
  _custom: () => _custom,
  _date: () => _date,
  _decode: () => _decode,
  _decodeAsync: () => _decodeAsync,
  _default: () => _default,
  _discriminatedUnion: () => _discriminatedUnion,
  _e164: () => _e164,
  _email: () => _email,
  _emoji: () => _emoji2,
  _encode: () => _encode,
  _encodeAsync: () => _encodeAsync,
  _endsWith: () => _endsWith,
  _enum: () => _enum,
  _file: () => _file,
  _float32: () => _float32,
  _float64: () => _float64,
  _gt: () => _gt,
  _gte: () => _gte,
  _guid: () => _guid,
  _iban: () => _iban,
  _includes: () => _includes,
  _int: () => _int,
  _int32: () => _int32,
  _int64: () => _int64,
  _intersection: () => _intersection,
  _ipv4: () => _ipv4,
  _ipv6: () => _ipv6,
  _isoDate: () => _isoDate,
  _isoDateTime: () => _isoDateTime,
  _isoDuration: () => _isoDuration,
  _isoTime: () => _isoTime,
  _jwt: () => _jwt,
  _ksuid: () => _ksuid,
  _lazy: () => _lazy,
  _length: () => _length,
  _literal: () => _literal,
  _lowercase: () => _lowercase,
  _lt: () => _lt,
  _lte: () => _lte,
  _mac: () => _mac,
  _map: () => _map,
  _max: () => _lte,
  _maxLength: () => _maxLength,
  _maxSize: () => _maxSize,
  _mime: () => _mime,
  _min: () => _gte,
  _minLength: () => _minLength,
  _minSize: () => _minSize,
  _multipleOf: () => _multipleOf,
  _nan: () => _nan,
  _nanoid: () => _nanoid,
  _nativeEnum: () => _nativeEnum,
  _negative: () => _negative,
  _never: () => _never,
  _nonnegative: () => _nonnegative,
  _nonoptional: () => _nonoptional,
  _nonpositive: () => _nonpositive,
  _normalize: () => _normalize,
  _null: () => _null2,
  _nullable: () => _nullable,
  _number: () => _number,
  _optional: () => _optional,
  _overwrite: () => _overwrite,
  _parse: () => _parse,
  _parseAsync: () => _parseAsync,
  _pipe: () => _pipe,
  _positive: () => _positive,
  _promise: () => _promise,
  _properties: () => _properties,
  _property: () => _property,
  _readonly: () => _readonly,
  _record: () => _record,
  _refine: () => _refine,
  _regex: () => _regex,
  _safeDecode: () => _safeDecode,
  _safeDecodeAsync: () => _safeDecodeAsync,
  _safeEncode: () => _safeEncode,
  _safeEncodeAsync: () => _safeEncodeAsync,
  _safeParse: () => _safeParse,
  _safeParseAsync: () => _safeParseAsync,
  _set: () => _set,
  _size: () => _size,
  _slugify: () => _slugify,
  _startsWith: () => _startsWith,
  _string: () => _string,
  _stringFormat: () => _stringFormat,
  _stringbool: () => _stringbool,
  _success: () => _success,
  _superRefine: () => _superRefine,
  _symbol: () => _symbol,
  _templateLiteral: () => _templateLiteral,
  _toLowerCase: () => _toLowerCase,
  _toUpperCase: () => _toUpperCase,
  _transform: () => _transform,
  _trim: () => _trim,
  _tuple: () => _tuple,
  _uint32: () => _uint32,
  _uint64: () => _uint64,
  _ulid: () => _ulid,
  _undefined: () => _undefined2,
  _union: () => _union,
  _unknown: () => _unknown,
  _uppercase: () => _uppercase,
  _url: () => _url,
  _uuid: () => _uuid,
  _uuidv4: () => _uuidv4,
  _uuidv6: () => _uuidv6,
  _uuidv7: () => _uuidv7,
  _void: () => _void,
  _xid: () => _xid,
  _xor: () => _xor,
  base64Charset: () => base64Charset,
  base64urlCharset: () => base64urlCharset,
  canParseURL: () => canParseURL,
  clone: () => clone,
  compile: () => compile,
  compileFn: () => compileFn,
  config: () => config,
  createStandardJSONSchemaMethod: () => createStandardJSONSchemaMethod,
  createToJSONSchemaMethod: () => createToJSONSchemaMethod,
  decode: () => decode,
  decodeAsync: () => decodeAsync,
  describe: () => describe,
  encode: () => encode,
  encodeAsync: () => encodeAsync,
  extractDefs: () => extractDefs,
  finalize: () => finalize,
  flattenError: () => flattenError,
  formatError: () => formatError,
  getDiscriminatedOption: () => getDiscriminatedOption,
  globalConfig: () => globalConfig,
  globalRegistry: () => globalRegistry,
  handleUnrepresentable: () => handleUnrepresentable,
  initializeContext: () => initializeContext,
  isBackEdge: () => isBackEdge,
  isRecursiveSchema: () => isRecursiveSchema,
  isValidBase64: () => isValidBase64,
  isValidBase64URL: () => isValidBase64URL,
  isValidCIDRv6: () => isValidCIDRv6,
  isValidCreditCard: () => isValidCreditCard,
  isValidIBAN: () => isValidIBAN,
  isValidIPv6: () => isValidIPv6,
  isValidJWT: () => isValidJWT,
  locales: () => zod_locales_exports,
  memoizer: () => memoizer,
  mergeValues: () => mergeValues,
  meta: () => meta,
  parse: () => parse,
  parseAsync: () => parseAsync,
  parseURLObject: () => parseURLObject,
  prettifyError: () => prettifyError,
  process: () => processSchema,
  processSchema: () => processSchema,
  regexes: () => regexes_exports,
  registry: () => registry,
  safeDecode: () => safeDecode,
  safeDecodeAsync: () => safeDecodeAsync,
  safeEncode: () => safeEncode,
  safeEncodeAsync: () => safeEncodeAsync,
  safeParse: () => safeParse,
  safeParseAsync: () => safeParseAsync,
  standardProps: () => standardProps,
  stripTabAndNewline: () => stripTabAndNewline,
  toDotPath: () => toDotPath,
  toJSONSchema: () => toJSONSchema,
  toZod: () => toZod,
  treeifyError: () => treeifyError,
  urlHostnameOk: () => urlHostnameOk,
  urlProtocolOk: () => urlProtocolOk,
  util: () => util_exports,
  validate: () => validate,
  validateAsync: () => validateAsync,
  validateURL: () => validateURL,
  version: () => version,
  withParser: () => withParser
});

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject2,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema) => schema;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input2) {
  return input2 === null || input2 === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object2, key, getter) {
  let value = void 0;
  Object.defineProperty(object2, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object2, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
  return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
  if (!path)
    return obj;
  return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str = "";
  for (let i = 0; i < length; i++) {
    str += chars[Math.floor(Math.random() * chars.length)];
  }
  return str;
}
function esc(str) {
  return JSON.stringify(str);
}
function slugify(input2) {
  return input2.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject2(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
  if (globalConfig.jitless) {
    return false;
  }
  if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
    return false;
  }
  try {
    const F = Function;
    new F("");
    return true;
  } catch (_) {
    return false;
  }
});
function isPlainObject(o) {
  if (isObject2(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject2(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
var getParsedType = (data) => {
  const t = typeof data;
  switch (t) {
    case "undefined":
      return "undefined";
    case "string":
      return "string";
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "boolean":
      return "boolean";
    case "function":
      return "function";
    case "bigint":
      return "bigint";
    case "symbol":
      return "symbol";
    case "object":
      if (Array.isArray(data)) {
        return "array";
      }
      if (data === null) {
        return "null";
      }
      if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
        return "promise";
      }
      if (typeof Map !== "undefined" && data instanceof Map) {
        return "map";
      }
      if (typeof Set !== "undefined" && data instanceof Set) {
        return "set";
      }
      if (typeof Date !== "undefined" && data instanceof Date) {
        return "date";
      }
      if (typeof File !== "undefined" && data instanceof File) {
        return "file";
      }
      return "object";
    default:
      throw new Error(`Unknown data type: ${t}`);
  }
};
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
var primitiveTypes = /* @__PURE__ */ new Set([
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol",
  "undefined"
]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function pick(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema, maskedKeys(schema, mask));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema, mask) {
  const raw = sourceShape(schema);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema, mask));
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema, mask, name2 = "partial") {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name2}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema, mask) {
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input2) {
  if (input2 instanceof Set)
    return "set";
  if (input2 instanceof Map)
    return "map";
  if (input2 instanceof File)
    return "file";
  return "unknown";
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count2 = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count2--;
      i++;
    }
  }
  return count2;
}
function getLengthableOrigin(input2) {
  if (Array.isArray(input2))
    return "array";
  if (typeof input2 === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input2, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input: input2,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base643) {
  const binaryString = atob(base643);
  const bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) {
    binaryString += String.fromCharCode(bytes[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url3) {
  const base643 = base64url3.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base643.length % 4) % 4);
  return base64ToUint8Array(base643 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex3) {
  const cleanHex = hex3.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
var Class = class {
  constructor(..._args) {
  }
};
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}

// node_modules/zod/v4/core/core.js
var _a;
var NEVER = /* @__PURE__ */ Object.freeze({
  status: "aborted"
});
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name2, initializer3, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name2)) {
      return;
    }
    inst._zod.traits.add(name2);
    initializer3(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name2 });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name2);
    }
  });
  Object.defineProperty(_, "name", { value: name2 });
  return _;
}
var $brand = /* @__PURE__ */ Symbol("zod_brand");
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name2) {
    super(`Encountered unidirectional transform during encode: ${name2}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub of error2.issues) {
    if (sub.path.length > 0) {
      node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
    } else {
      formErrors.push(mapper(sub));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error3, path = []) => {
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else {
        const fullpath = [...path, ...issue2.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue2));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < fullpath.length) {
            const el = fullpath[i];
            const terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue2));
              i++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue2));
            }
            curr = node2;
            i++;
          }
        }
      }
    }
  };
  processError(error2);
  return fieldErrors;
}
function treeifyError(error2, mapper = (issue2) => issue2.message) {
  const result = { errors: [] };
  const processError = (error3, path = []) => {
    var _a3;
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else {
        const fullpath = [...path, ...issue2.path];
        if (fullpath.length === 0) {
          result.errors.push(mapper(issue2));
          continue;
        }
        let curr = result;
        let i = 0;
        while (i < fullpath.length) {
          const el = fullpath[i];
          const terminal = i === fullpath.length - 1;
          if (typeof el === "string") {
            curr.properties ?? (curr.properties = {});
            if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
              Object.defineProperty(curr.properties, el, {
                value: { errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            curr = curr.properties[el];
          } else {
            curr.items ?? (curr.items = []);
            (_a3 = curr.items)[el] ?? (_a3[el] = { errors: [] });
            curr = curr.items[el];
          }
          if (terminal) {
            curr.errors.push(mapper(issue2));
          }
          i++;
        }
      }
    }
  };
  processError(error2);
  return result;
}
function toDotPath(_path) {
  const segs = [];
  const path = _path.map((seg) => typeof seg === "object" ? seg.key : seg);
  for (const seg of path) {
    if (typeof seg === "number")
      segs.push(`[${seg}]`);
    else if (typeof seg === "symbol")
      segs.push(`[${JSON.stringify(String(seg))}]`);
    else if (/[^\w$]/.test(seg))
      segs.push(`[${JSON.stringify(seg)}]`);
    else {
      if (segs.length)
        segs.push(".");
      segs.push(seg);
    }
  }
  return segs.join("");
}
function prettifyError(error2) {
  const lines = [];
  const issues = [...error2.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
  for (const issue2 of issues) {
    lines.push(`\u2716 ${issue2.message}`);
    if (issue2.path?.length)
      lines.push(`  \u2192 at ${toDotPath(issue2.path)}`);
  }
  return lines.join("\n");
}

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema, value, _ctx) => {
  const validator = schema._zod.bag.validator;
  if (validator !== void 0) {
    if (validator(value) !== COMPILE_INVALID)
      return true;
    if (validator.definite === true && _ctx === void 0)
      return false;
  }
  return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema._zod.bag.fallbackRun;
  let result;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result = schema._zod.run({ value, issues: [] }, ctx);
  }
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length === 0;
}
var validateAsync = async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length === 0;
};
var _encode = (_Err) => {
  const parse5 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return parse5(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var encode = /* @__PURE__ */ _encode($ZodRealError);
var _decode = (_Err) => {
  const parse5 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    return parse5(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var decode = /* @__PURE__ */ _decode($ZodRealError);
var _encodeAsync = (_Err) => {
  const parseAsync3 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return await parseAsync3(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var encodeAsync = /* @__PURE__ */ _encodeAsync($ZodRealError);
var _decodeAsync = (_Err) => {
  const parseAsync3 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    return await parseAsync3(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var decodeAsync = /* @__PURE__ */ _decodeAsync($ZodRealError);
var _safeEncode = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParse(_Err)(schema, value, ctx);
};
var safeEncode = /* @__PURE__ */ _safeEncode($ZodRealError);
var _safeDecode = (_Err) => (schema, value, _ctx) => {
  return _safeParse(_Err)(schema, value, _ctx);
};
var safeDecode = /* @__PURE__ */ _safeDecode($ZodRealError);
var _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParseAsync(_Err)(schema, value, ctx);
};
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync($ZodRealError);
var _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
  return _safeParseAsync(_Err)(schema, value, _ctx);
};
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var regexes_exports = {};
__export(regexes_exports, {
  anyString: () => anyString,
  base64: () => base64,
  base64url: () => base64url,
  bigint: () => bigint,
  boolean: () => boolean,
  browserEmail: () => browserEmail,
  cidrv4: () => cidrv4,
  cidrv6: () => cidrv6,
  creditCard: () => creditCard,
  cuid: () => cuid,
  cuid2: () => cuid2,
  currencyCode: () => currencyCode,
  date: () => date,
  datetime: () => datetime,
  domain: () => domain,
  duration: () => duration,
  e164: () => e164,
  email: () => email,
  emoji: () => emoji,
  extendedDuration: () => extendedDuration,
  guid: () => guid,
  hex: () => hex,
  hostname: () => hostname,
  html5Email: () => html5Email,
  httpProtocol: () => httpProtocol,
  iban: () => iban,
  idnEmail: () => idnEmail,
  integer: () => integer,
  ipv4: () => ipv4,
  ipv6: () => ipv6,
  ksuid: () => ksuid,
  lowercase: () => lowercase,
  mac: () => mac,
  md5_base64: () => md5_base64,
  md5_base64url: () => md5_base64url,
  md5_hex: () => md5_hex,
  nanoid: () => nanoid,
  nanoidOfLength: () => nanoidOfLength,
  null: () => _null,
  number: () => number,
  rfc5322Email: () => rfc5322Email,
  sha1_base64: () => sha1_base64,
  sha1_base64url: () => sha1_base64url,
  sha1_hex: () => sha1_hex,
  sha256_base64: () => sha256_base64,
  sha256_base64url: () => sha256_base64url,
  sha256_hex: () => sha256_hex,
  sha384_base64: () => sha384_base64,
  sha384_base64url: () => sha384_base64url,
  sha384_hex: () => sha384_hex,
  sha512_base64: () => sha512_base64,
  sha512_base64url: () => sha512_base64url,
  sha512_hex: () => sha512_hex,
  string: () => string,
  time: () => time,
  ulid: () => ulid,
  undefined: () => _undefined,
  unicodeEmail: () => unicodeEmail,
  uppercase: () => uppercase,
  uuid: () => uuid,
  uuid4: () => uuid4,
  uuid6: () => uuid6,
  uuid7: () => uuid7,
  xid: () => xid
});
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
var uuid = (version3) => {
  if (!version3)
    return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
  return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version3}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
var uuid4 = /* @__PURE__ */ uuid(4);
var uuid6 = /* @__PURE__ */ uuid(6);
var uuid7 = /* @__PURE__ */ uuid(7);
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
var rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
var unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
var idnEmail = unicodeEmail;
var browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
var _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
  return new RegExp(_emoji, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var mac = (delimiter) => {
  const escapedDelim = escapeRegex(delimiter ?? ":");
  return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
var domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var creditCard = /^\d(?:[ -]?\d){11,18}$/;
var currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
var iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var string = (params) => {
  const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
  return new RegExp(`^${regex}$`);
};
var bigint = /^-?\d+n?$/;
var integer = /^-?\d+$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;
var _null = /^null$/i;
var _undefined = /^undefined$/i;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;
var hex = /^[0-9a-fA-F]*$/;
function fixedBase64(bodyLength, padding) {
  return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
function fixedBase64url(length) {
  return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
var md5_hex = /^[0-9a-fA-F]{32}$/;
var md5_base64 = /* @__PURE__ */ fixedBase64(22, "==");
var md5_base64url = /* @__PURE__ */ fixedBase64url(22);
var sha1_hex = /^[0-9a-fA-F]{40}$/;
var sha1_base64 = /* @__PURE__ */ fixedBase64(27, "=");
var sha1_base64url = /* @__PURE__ */ fixedBase64url(27);
var sha256_hex = /^[0-9a-fA-F]{64}$/;
var sha256_base64 = /* @__PURE__ */ fixedBase64(43, "=");
var sha256_base64url = /* @__PURE__ */ fixedBase64url(43);
var sha384_hex = /^[0-9a-fA-F]{96}$/;
var sha384_base64 = /* @__PURE__ */ fixedBase64(64, "");
var sha384_base64url = /* @__PURE__ */ fixedBase64url(64);
var sha512_hex = /^[0-9a-fA-F]{128}$/;
var sha512_base64 = /* @__PURE__ */ fixedBase64(86, "==");
var sha512_base64url = /* @__PURE__ */ fixedBase64url(86);

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasSize = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.size !== void 0;
};
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    if (typeof payload.value !== typeof def.value)
      throw new Error("Cannot mix number and bigint in multiple_of check.");
    const isMultiple = typeof payload.value === "bigint" ? (
      // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
      def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
    ) : floatSafeRemainder(payload.value, def.value) === 0;
    if (isMultiple)
      return;
    payload.issues.push({
      origin: typeof payload.value,
      code: "not_multiple_of",
      divisor: def.value,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    if (isInt) {
      if (!Number.isInteger(input2)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input: input2,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input2)) {
        if (input2 > 0) {
          payload.issues.push({
            input: input2,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input: input2,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input2 < minimum) {
      payload.issues.push({
        origin: "number",
        input: input2,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input2 > maximum) {
      payload.issues.push({
        origin: "number",
        input: input2,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckBigIntFormat = /* @__PURE__ */ $constructor("$ZodCheckBigIntFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  const [minimum, maximum] = BIGINT_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    if (input2 < minimum) {
      payload.issues.push({
        origin: "bigint",
        input: input2,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input2 > maximum) {
      payload.issues.push({
        origin: "bigint",
        input: input2,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxSize = /* @__PURE__ */ $constructor("$ZodCheckMaxSize", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasSize);
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const size = input2.size;
    if (size <= def.maximum)
      return;
    payload.issues.push({
      origin: getSizableOrigin(input2),
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input: input2,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinSize = /* @__PURE__ */ $constructor("$ZodCheckMinSize", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasSize);
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const size = input2.size;
    if (size >= def.minimum)
      return;
    payload.issues.push({
      origin: getSizableOrigin(input2),
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input: input2,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckSizeEquals = /* @__PURE__ */ $constructor("$ZodCheckSizeEquals", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasSize);
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const size = input2.size;
    if (size === def.size)
      return;
    const tooBig = size > def.size;
    payload.issues.push({
      origin: getSizableOrigin(input2),
      ...tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const units = input2.length;
    const length = typeof input2 === "string" && units > def.maximum ? codePointLength(input2) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input2);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input: input2,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const units = input2.length;
    const length = typeof input2 === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input2) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input2);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input: input2,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const units = input2.length;
    const length = typeof input2 === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input2) : units;
    if (length === def.length)
      return;
    const origin = getLengthableOrigin(input2);
    const tooBig = length > def.length;
    payload.issues.push({
      origin,
      ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
  def.pattern ?? (def.pattern = lowercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
  def.pattern ?? (def.pattern = uppercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
  $ZodCheck.init(inst, def);
  const escapedRegex = escapeRegex(def.includes);
  const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
  def.pattern = pattern;
  inst._zod.check = (payload) => {
    if (payload.value.includes(def.includes, def.position))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "includes",
      includes: def.includes,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.startsWith(def.prefix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "starts_with",
      prefix: def.prefix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.endsWith(def.suffix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "ends_with",
      suffix: def.suffix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
function handleCheckPropertyResult(result, payload, property) {
  if (result.issues.length) {
    payload.issues.push(...prefixIssues(property, result.issues));
  }
}
var $ZodCheckProperty = /* @__PURE__ */ $constructor("$ZodCheckProperty", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    const result = def.schema._zod.run({
      value: payload.value[def.property],
      issues: []
    }, {});
    if (result instanceof Promise) {
      return result.then((result2) => handleCheckPropertyResult(result2, payload, def.property));
    }
    handleCheckPropertyResult(result, payload, def.property);
    return;
  };
});
var $ZodCheckProperties = /* @__PURE__ */ $constructor("$ZodCheckProperties", (inst, def) => {
  $ZodCheck.init(inst, def);
  hide(inst, Symbol.iterator, function* () {
    yield inst;
  });
  let entries;
  inst._zod.check = (payload) => {
    if (payload.value == null) {
      payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
      return void 0;
    }
    entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
    const input2 = payload.value;
    let proms;
    for (const [key, schema] of entries) {
      const result = schema._zod.run({ value: input2[key], issues: [] }, {});
      if (result instanceof Promise) {
        proms ?? (proms = []);
        proms.push(result.then((result2) => handleCheckPropertyResult(result2, payload, key)));
      } else {
        handleCheckPropertyResult(result, payload, key);
      }
    }
    if (proms)
      return Promise.all(proms).then(() => void 0);
    return void 0;
  };
});
var $ZodCheckMimeType = /* @__PURE__ */ $constructor("$ZodCheckMimeType", (inst, def) => {
  $ZodCheck.init(inst, def);
  const mimeSet = new Set(def.mime);
  inst._zod.check = (payload) => {
    if (mimeSet.has(payload.value.type))
      return;
    payload.issues.push({
      code: "invalid_value",
      values: def.mime,
      input: payload.value.type,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/doc.js
var Doc = class {
  constructor(args = [], closed = {}) {
    this.content = [];
    this.indent = 0;
    this.args = args;
    this.closed = closed;
  }
  // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
  indented(fn) {
    this.indent += 1;
    try {
      fn(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(arg) {
    if (typeof arg === "function") {
      arg(this, { execution: "sync" });
      arg(this, { execution: "async" });
      return;
    }
    const content = arg;
    const lines = content.split("\n").filter((x) => x);
    const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
    const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
    for (const line of dedented) {
      this.content.push(line);
    }
  }
  compile() {
    const F = Function;
    const content = this?.content ?? [``];
    const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
    return factory(...Object.values(this.closed));
  }
};

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync2(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
  def.pattern ?? (def.pattern = guid);
  $ZodStringFormat.init(inst, def);
});
var $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
  if (def.version) {
    const versionMap = {
      v1: 1,
      v2: 2,
      v3: 3,
      v4: 4,
      v5: 5,
      v6: 6,
      v7: 7,
      v8: 8
    };
    const v = versionMap[def.version];
    if (v === void 0)
      throw new Error(`Invalid UUID version: "${def.version}"`);
    def.pattern ?? (def.pattern = uuid(v));
  } else
    def.pattern ?? (def.pattern = uuid());
  $ZodStringFormat.init(inst, def);
});
var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
  def.pattern ?? (def.pattern = email);
  $ZodStringFormat.init(inst, def);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
function canParseURL(input2) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input2);
    new URL(input2);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url2, hostname3) {
  hostname3.lastIndex = 0;
  return hostname3.test(url2.hostname);
}
function urlProtocolOk(url2, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url2.protocol.endsWith(":") ? url2.protocol.slice(0, -1) : url2.protocol);
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url2 = validateURL(trimmed, def);
      if (url2 === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url2 === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url2 === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def.hostname && !urlHostnameOk(url2, def.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def.hostname.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      if (def.protocol && !urlProtocolOk(url2, def.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def.protocol.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      payload.value = def.normalize ? url2.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
  def.pattern ?? (def.pattern = emoji());
  $ZodStringFormat.init(inst, def);
});
var $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
  if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
    throw new Error(`Invalid nanoid length: ${def.length}`);
  def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
  def.pattern ?? (def.pattern = cuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
  def.pattern ?? (def.pattern = cuid2);
  $ZodStringFormat.init(inst, def);
});
var $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
  def.pattern ?? (def.pattern = ulid);
  $ZodStringFormat.init(inst, def);
});
var $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
  def.pattern ?? (def.pattern = xid);
  $ZodStringFormat.init(inst, def);
});
var $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
  def.pattern ?? (def.pattern = ksuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
  def.pattern ?? (def.pattern = datetime(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
  def.pattern ?? (def.pattern = date);
  $ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
  def.pattern ?? (def.pattern = time(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
  def.pattern ?? (def.pattern = duration);
  $ZodStringFormat.init(inst, def);
});
var $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
  def.pattern ?? (def.pattern = ipv4);
  $ZodStringFormat.init(inst, def);
});
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
  def.pattern ?? (def.pattern = ipv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidIPv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "ipv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodMAC = /* @__PURE__ */ $constructor("$ZodMAC", (inst, def) => {
  def.pattern ?? (def.pattern = mac(def.delimiter));
  $ZodStringFormat.init(inst, def);
});
var $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv4);
  $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2)
    return false;
  const [address, prefix] = parts;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
var $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidCIDRv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "cidrv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
  def.pattern ?? (def.pattern = base64Charset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base643 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base643.padEnd(Math.ceil(base643.length / 4) * 4, "=");
  return isValidBase64(padded);
}
var $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
  def.pattern ?? (def.pattern = base64urlCharset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64URL(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64url",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
  def.pattern ?? (def.pattern = e164);
  $ZodStringFormat.init(inst, def);
});
var CC_SANITIZE = /[- ]/g;
function isLuhnAlgo(digits) {
  let length = digits.length;
  let bit = 1;
  let sum = 0;
  while (length) {
    const value = digits.charCodeAt(--length) - 48;
    bit ^= 1;
    sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
  }
  return sum % 10 === 0;
}
function isValidCreditCard(input2) {
  if (!creditCard.test(input2))
    return false;
  return isLuhnAlgo(input2.replace(CC_SANITIZE, ""));
}
var $ZodCreditCard = /* @__PURE__ */ $constructor("$ZodCreditCard", (inst, def) => {
  def.pattern ?? (def.pattern = creditCard);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidCreditCard(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "credit_card",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
function isIso7064Mod97(iban3) {
  let remainder = 0;
  const len = iban3.length;
  for (let i = 4; i < len; i++) {
    const code = iban3.charCodeAt(i);
    remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
  }
  for (let i = 0; i < 4; i++) {
    const code = iban3.charCodeAt(i);
    remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
  }
  return remainder === 1;
}
function isValidIBAN(input2) {
  if (!iban.test(input2))
    return false;
  return isIso7064Mod97(input2);
}
var $ZodIBAN = /* @__PURE__ */ $constructor("$ZodIBAN", (inst, def) => {
  def.pattern ?? (def.pattern = iban);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidIBAN(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "iban",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header] = tokensParts;
    if (!header)
      return false;
    const parsedHeader = JSON.parse(atob(header));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
var $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidJWT(payload.value, def.alg))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "jwt",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCustomStringFormat = /* @__PURE__ */ $constructor("$ZodCustomStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (def.fn(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: def.format,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input2 = payload.value;
    if (typeof input2 === "number" && !Number.isNaN(input2) && Number.isFinite(input2)) {
      return payload;
    }
    const received = typeof input2 === "number" ? Number.isNaN(input2) ? "NaN" : !Number.isFinite(input2) ? String(input2) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input: input2,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input2 = payload.value;
    if (typeof input2 === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodBigInt = /* @__PURE__ */ $constructor("$ZodBigInt", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = bigint;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = BigInt(payload.value);
      } catch (_) {
      }
    if (typeof payload.value === "bigint")
      return payload;
    payload.issues.push({
      expected: "bigint",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodBigIntFormat = /* @__PURE__ */ $constructor("$ZodBigIntFormat", (inst, def) => {
  $ZodCheckBigIntFormat.init(inst, def);
  $ZodBigInt.init(inst, def);
});
var $ZodSymbol = /* @__PURE__ */ $constructor("$ZodSymbol", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (typeof input2 === "symbol")
      return payload;
    payload.issues.push({
      expected: "symbol",
      code: "invalid_type",
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodUndefined = /* @__PURE__ */ $constructor("$ZodUndefined", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = _undefined;
  inst._zod.values = /* @__PURE__ */ new Set([void 0]);
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (typeof input2 === "undefined")
      return payload;
    payload.issues.push({
      expected: "undefined",
      code: "invalid_type",
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodNull = /* @__PURE__ */ $constructor("$ZodNull", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = _null;
  inst._zod.values = /* @__PURE__ */ new Set([null]);
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (input2 === null)
      return payload;
    payload.issues.push({
      expected: "null",
      code: "invalid_type",
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodAny = /* @__PURE__ */ $constructor("$ZodAny", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodVoid = /* @__PURE__ */ $constructor("$ZodVoid", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (typeof input2 === "undefined")
      return payload;
    payload.issues.push({
      expected: "void",
      code: "invalid_type",
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodDate = /* @__PURE__ */ $constructor("$ZodDate", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce) {
      try {
        payload.value = new Date(payload.value);
      } catch (_err) {
      }
    }
    const input2 = payload.value;
    const isDate = input2 instanceof Date;
    const isValidDate = isDate && !Number.isNaN(input2.getTime());
    if (isValidDate)
      return payload;
    payload.issues.push({
      expected: "date",
      code: "invalid_type",
      input: input2,
      ...isDate ? { received: "Invalid Date" } : {},
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse5 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse5(payload, ctx);
  };
}
var arraySize = (input2) => Array.isArray(input2) ? input2.length : -1;
var mapSize = (input2) => input2 instanceof Map ? input2.size : -1;
var setSize = (input2) => input2 instanceof Set ? input2.size : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo3 = globalConfig.memoizer;
  memo3?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    if (!Array.isArray(input2)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input: input2,
        inst
      });
      return payload;
    }
    payload.value = memo3 ? memo3.alloc(inst, payload, Array(input2.length), ctx) : Array(input2.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input2.length; i++) {
      const item2 = input2[i];
      const result = def.element._zod.run({
        value: item2,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input2, optin, optout) {
  const isPresent = key in input2;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input2, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input2) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input2[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input2, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input2, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input: input2,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject3 = isObject2;
  const catchall = def.catchall;
  let value;
  const memo3 = globalConfig.memoizer;
  memo3?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input2 = payload.value;
    if (!isObject3(input2)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input: input2,
        inst
      });
      return payload;
    }
    payload.value = memo3 ? memo3.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input2[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input2, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input2, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input2, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
  $ZodObject.init(inst, def);
  const superParse = inst._zod.parse;
  const _normalized = cached(() => normalizeDef(def));
  const memo3 = globalConfig.memoizer;
  const generateFastpass = (shape) => {
    const normalized = _normalized.value;
    const syms = normalized.symbolKeys;
    const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo3, syms });
    const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
    const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
    doc.write(`const input = payload.value;`);
    const ids = /* @__PURE__ */ Object.create(null);
    let counter = 0;
    for (const key of normalized.allKeys) {
      ids[key] = `key_${counter++}`;
    }
    doc.write(memo3 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
    for (const key of normalized.allKeys) {
      if (key === "__proto__")
        continue;
      const id = ids[key];
      const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
      const isPresent = `${k} in input`;
      const schema = shape[key];
      const optin = schema?._zod?.optin;
      const isOptionalIn = optin !== void 0;
      const isOptionalOut = schema?._zod?.optout === "optional";
      doc.write(`const ${id} = ${parseStr(k)};`);
      if (isOptionalIn && isOptionalOut) {
        const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
        doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
      } else if (!isOptionalIn) {
        doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
      } else {
        doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
        if (optin === "defaulted") {
          doc.write(`newResult[${k}] = ${id}.value;`);
        } else {
          doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
        }
      }
    }
    doc.write(`payload.value = newResult;`);
    doc.write(`return payload;`);
    return doc.compile();
  };
  let fastpass;
  const isObject3 = isObject2;
  const jit = !globalConfig.jitless;
  const allowsEval2 = allowsEval;
  const fastEnabled = jit && allowsEval2.value;
  const catchall = def.catchall;
  let value;
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input2 = payload.value;
    if (!isObject3(input2)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input: input2,
        inst
      });
      return payload;
    }
    if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
      if (!fastpass)
        fastpass = generateFastpass(def.shape);
      payload = fastpass(payload, ctx);
      if (!catchall)
        return payload;
      return handleCatchall([], input2, payload, ctx, value, inst, ctx?.abortEarly === true);
    }
    return superParse(payload, ctx);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
  const matches2 = [];
  for (let i = 0; i < results.length; i++) {
    if (results[i].issues.length === 0)
      matches2.push(i);
  }
  if (matches2.length === 1) {
    final.value = results[matches2[0]].value;
    return final;
  }
  if (matches2.length === 0) {
    final.issues.push({
      code: "invalid_union",
      input: final.value,
      inst,
      errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
    });
  } else {
    final.issues.push({
      code: "invalid_union",
      input: final.value,
      inst,
      errors: [],
      inclusive: false,
      matches: matches2
    });
  }
  return final;
}
var $ZodXor = /* @__PURE__ */ $constructor("$ZodXor", (inst, def) => {
  $ZodUnion.init(inst, def);
  def.inclusive = false;
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        results.push(result);
      }
    }
    if (!async)
      return handleExclusiveUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleExclusiveUnionResults(results2, payload, inst, ctx);
    });
  };
});
function getDiscriminatedOption(union2, value) {
  const internals = union2._zod;
  let map2 = internals.bag.optionsMap;
  if (!map2) {
    map2 = discriminatorMap(internals.def);
    internals.bag.optionsMap = map2;
  }
  const option = map2.get(value);
  if (option === null)
    throw new Error(`Ambiguous discriminator value "${String(value)}"`);
  return option;
}
function discriminatorMap(def) {
  const map2 = /* @__PURE__ */ new Map();
  for (const option of def.options) {
    const values = option._zod.propValues?.[def.discriminator];
    if (!values || values.size === 0)
      throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
    for (const value of values) {
      if (map2.has(value)) {
        if (value !== void 0)
          throw new Error(`Duplicate discriminator value "${String(value)}"`);
        map2.set(value, null);
      } else {
        map2.set(value, option);
      }
    }
  }
  return map2;
}
var $ZodDiscriminatedUnion = /* @__PURE__ */ $constructor("$ZodDiscriminatedUnion", (inst, def) => {
  def.inclusive = false;
  $ZodUnion.init(inst, def);
  const _super = inst._zod.parse;
  defineLazyInternal(inst, "propValues", (zod) => {
    const propValues = {};
    let undefinedCount = 0;
    for (const option of zod.def.options) {
      const pv = option._zod.propValues;
      if (!pv || Object.keys(pv).length === 0)
        throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
      if (pv[zod.def.discriminator]?.has(void 0))
        undefinedCount++;
      for (const [k, v] of Object.entries(pv)) {
        if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
          assignProp(propValues, k, /* @__PURE__ */ new Set());
        }
        for (const val of v) {
          propValues[k].add(val);
        }
      }
    }
    if (!zod.def.unionFallback && undefinedCount > 1)
      propValues[zod.def.discriminator]?.delete(void 0);
    return propValues;
  });
  def.options.forEach((option, i) => {
    const propShape = rawShape(option._zod.def);
    if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
      throw new Error(`Invalid discriminated union option at index "${i}"`);
    }
  });
  const disc = cached(() => discriminatorMap(def));
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    if (!isObject2(input2)) {
      payload.issues.push({
        code: "invalid_type",
        expected: "object",
        input: input2,
        inst
      });
      return payload;
    }
    const value = input2?.[def.discriminator];
    const opt = disc.value.get(value);
    if (opt && (value !== void 0 || ctx.direction !== "backward")) {
      return opt._zod.run(payload, ctx);
    }
    if (def.unionFallback || ctx.direction === "backward") {
      return _super(payload, ctx);
    }
    payload.issues.push({
      code: "invalid_union",
      errors: [],
      note: "No matching discriminator",
      discriminator: def.discriminator,
      options: Array.from(disc.value.keys()).filter((value2) => disc.value.get(value2) !== null),
      input: input2,
      path: [def.discriminator],
      inst
    });
    return payload;
  };
});
var $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    const left = def.left._zod.run({ value: input2, issues: [] }, ctx);
    const right = def.right._zod.run({ value: input2, issues: [] }, ctx);
    const async = left instanceof Promise || right instanceof Promise;
    if (async) {
      return Promise.all([left, right]).then(([left2, right2]) => {
        return handleIntersectionResults(payload, left2, right2);
      });
    }
    return handleIntersectionResults(payload, left, right);
  };
});
function mergeValues(a, b) {
  if (a === b) {
    return { valid: true, data: a };
  }
  if (a instanceof Date && b instanceof Date && +a === +b) {
    return { valid: true, data: a };
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const bKeys = Object.keys(b);
    const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect2 = (iss, side2) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys = [k];
    } else {
      return false;
    }
    for (const k of keys) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side2] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect2(iss, "l"))
      result.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect2(iss, "r"))
      result.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result.value = merged.data;
  return result;
}
var $ZodTuple = /* @__PURE__ */ $constructor("$ZodTuple", (inst, def) => {
  $ZodType.init(inst, def);
  const items = def.items;
  const memo3 = globalConfig.memoizer;
  memo3?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    if (!Array.isArray(input2)) {
      payload.issues.push({
        input: input2,
        inst,
        expected: "tuple",
        code: "invalid_type"
      });
      return payload;
    }
    payload.value = memo3 ? memo3.alloc(inst, payload, [], ctx) : [];
    const proms = [];
    const optinStart = getTupleOptStart(items, "optin");
    const optoutStart = getTupleOptStart(items, "optout");
    if (!def.rest) {
      if (input2.length < optinStart) {
        payload.issues.push({
          code: "too_small",
          minimum: optinStart,
          inclusive: true,
          input: input2,
          inst,
          origin: "array"
        });
        return payload;
      }
      if (input2.length > items.length) {
        payload.issues.push({
          code: "too_big",
          maximum: items.length,
          inclusive: true,
          input: input2,
          inst,
          origin: "array"
        });
      }
    }
    const itemResults = new Array(items.length);
    const abortEarly = def.rest ? ctx?.abortEarly : void 0;
    let itemAborted = false;
    for (let i = 0; i < items.length; i++) {
      const r = items[i]._zod.run({ value: input2[i], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((rr) => {
          itemResults[i] = rr;
        }));
      } else {
        itemResults[i] = r;
        if (abortEarly && !itemAborted && r.issues.length)
          itemAborted = aborted(r);
      }
    }
    if (def.rest && !itemAborted) {
      let i = items.length - 1;
      const rest = input2.slice(items.length);
      let seen = payload.issues.length;
      for (const el of rest) {
        if (abortEarly && payload.issues.length !== seen) {
          if (aborted(payload, seen))
            break;
          seen = payload.issues.length;
        }
        i++;
        const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((r) => handleTupleResult(r, payload, i)));
        } else {
          handleTupleResult(result, payload, i);
        }
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input2, optoutStart));
    }
    return handleTupleResults(itemResults, payload, items, input2, optoutStart);
  };
});
function getTupleOptStart(items, key) {
  for (let i = items.length - 1; i >= 0; i--) {
    const omittable = key === "optin" ? items[i]._zod.optin !== void 0 : items[i]._zod.optout === "optional";
    if (!omittable)
      return i + 1;
  }
  return 0;
}
function handleTupleResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input2, optoutStart) {
  for (let i = 0; i < items.length; i++) {
    const r = itemResults[i];
    const isPresent = i < input2.length;
    if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
      final.value.length = i;
      break;
    }
    if (r.issues.length) {
      if (!isPresent && i >= optoutStart) {
        final.value.length = i;
        break;
      }
      final.issues.push(...prefixIssues(i, r.issues));
    }
    final.value[i] = r.value;
  }
  for (let i = final.value.length - 1; i >= input2.length; i--) {
    if (items[i]._zod.optout === "optional" && final.value[i] === void 0) {
      final.value.length = i;
    } else {
      break;
    }
  }
  return final;
}
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo3 = globalConfig.memoizer;
  memo3?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    if (!isPlainObject(input2)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input: input2,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo3 ? memo3.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input2[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input2) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input2[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input: input2,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo3 ? memo3.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input2)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input2, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input2[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input2[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input: input2,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodMap = /* @__PURE__ */ $constructor("$ZodMap", (inst, def) => {
  $ZodType.init(inst, def);
  const memo3 = globalConfig.memoizer;
  memo3?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    if (!(input2 instanceof Map)) {
      payload.issues.push({
        expected: "map",
        code: "invalid_type",
        input: input2,
        inst
      });
      return payload;
    }
    const proms = [];
    payload.value = memo3 ? memo3.alloc(inst, payload, /* @__PURE__ */ new Map(), ctx) : /* @__PURE__ */ new Map();
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const [key, value] of input2) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
      const valueResult = def.valueType._zod.run({ value, issues: [] }, ctx);
      if (keyResult instanceof Promise || valueResult instanceof Promise) {
        proms.push(Promise.all([keyResult, valueResult]).then(([keyResult2, valueResult2]) => {
          handleMapResult(keyResult2, valueResult2, payload, key, input2, inst, ctx);
        }));
      } else {
        handleMapResult(keyResult, valueResult, payload, key, input2, inst, ctx);
      }
    }
    if (proms.length)
      return Promise.all(proms).then(() => payload);
    return payload;
  };
  capSize(inst, mapSize);
});
function handleMapResult(keyResult, valueResult, final, key, input2, inst, ctx) {
  if (keyResult.issues.length) {
    if (propertyKeyTypes.has(typeof key)) {
      final.issues.push(...prefixIssues(key, keyResult.issues));
    } else {
      final.issues.push({
        code: "invalid_key",
        origin: "map",
        input: input2,
        inst,
        issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config()))
      });
    }
  }
  if (valueResult.issues.length) {
    if (propertyKeyTypes.has(typeof key)) {
      final.issues.push(...prefixIssues(key, valueResult.issues));
    } else {
      final.issues.push({
        origin: "map",
        code: "invalid_element",
        input: input2,
        inst,
        key,
        issues: valueResult.issues.map((iss) => finalizeIssue(iss, ctx, config()))
      });
    }
  }
  final.value.set(keyResult.value, valueResult.value);
}
var $ZodSet = /* @__PURE__ */ $constructor("$ZodSet", (inst, def) => {
  $ZodType.init(inst, def);
  const memo3 = globalConfig.memoizer;
  memo3?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    if (!(input2 instanceof Set)) {
      payload.issues.push({
        input: input2,
        inst,
        expected: "set",
        code: "invalid_type"
      });
      return payload;
    }
    const proms = [];
    payload.value = memo3 ? memo3.alloc(inst, payload, /* @__PURE__ */ new Set(), ctx) : /* @__PURE__ */ new Set();
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const item2 of input2) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      const result = def.valueType._zod.run({ value: item2, issues: [] }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleSetResult(result2, payload)));
      } else
        handleSetResult(result, payload);
    }
    if (proms.length)
      return Promise.all(proms).then(() => payload);
    return payload;
  };
  capSize(inst, setSize);
});
function handleSetResult(result, final) {
  if (result.issues.length) {
    final.issues.push(...result.issues);
  }
  final.value.add(result.value);
}
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (valuesSet.has(input2)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (values.has(input2)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodFile = /* @__PURE__ */ $constructor("$ZodFile", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (input2 instanceof File)
      return payload;
    payload.issues.push({
      expected: "file",
      code: "invalid_type",
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output2 = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output2.then((output3) => {
        payload.value = output3;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
  inst._zod.parse = (payload, ctx) => {
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => {
    const v = zod.def.innerType._zod.values;
    return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleNonOptionalResult(result2, inst));
    }
    return handleNonOptionalResult(result, inst);
  };
});
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
var $ZodSuccess = /* @__PURE__ */ $constructor("$ZodSuccess", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError("ZodSuccess");
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => {
        payload.value = result2.issues.length === 0;
        return payload;
      });
    }
    payload.value = result.issues.length === 0;
    return payload;
  };
});
function handleCatchResult(payload, result, def, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
    }
    return handleCatchResult(payload, result, def, ctx);
  };
});
var $ZodNaN = /* @__PURE__ */ $constructor("$ZodNaN", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
      payload.issues.push({
        input: payload.value,
        inst,
        expected: "nan",
        code: "invalid_type"
      });
      return payload;
    }
    return payload;
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodCodec = /* @__PURE__ */ $constructor("$ZodCodec", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
      const left = def.in._zod.run(payload, ctx);
      if (left instanceof Promise) {
        return left.then((left2) => handleCodecAResult(left2, def, ctx));
      }
      return handleCodecAResult(left, def, ctx);
    } else {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handleCodecAResult(right2, def, ctx));
      }
      return handleCodecAResult(right, def, ctx);
    }
  };
});
function handleCodecAResult(result, def, ctx) {
  if (result.issues.length) {
    result.aborted = true;
    return result;
  }
  const direction = ctx.direction || "forward";
  if (direction === "forward") {
    const transformed = def.transform(result.value, result);
    if (transformed instanceof Promise) {
      return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
    }
    return handleCodecTxResult(result, transformed, def.out, ctx);
  } else {
    const transformed = def.reverseTransform(result.value, result);
    if (transformed instanceof Promise) {
      return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
    }
    return handleCodecTxResult(result, transformed, def.in, ctx);
  }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
  if (left.issues.length) {
    left.aborted = true;
    return left;
  }
  return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
var $ZodPreprocess = /* @__PURE__ */ $constructor("$ZodPreprocess", (inst, def) => {
  $ZodPipe.init(inst, def);
});
var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then(handleReadonlyResult);
    }
    return handleReadonlyResult(result);
  };
});
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
function leafPattern(schema) {
  const def = schema._zod.def;
  let pattern = def.pattern;
  let isInt = !!def.format?.includes("int");
  let minimum;
  let maximum;
  for (const ch of def.checks ?? []) {
    const d = ch._zod.def;
    if (d.pattern)
      pattern = d.pattern;
    isInt || (isInt = !!d.format?.includes("int"));
    const lo = d.minimum ?? d.length;
    const hi = d.maximum ?? d.length;
    if (lo !== void 0 && (minimum === void 0 || lo > minimum))
      minimum = lo;
    if (hi !== void 0 && (maximum === void 0 || hi < maximum))
      maximum = hi;
  }
  if (pattern)
    return pattern.source;
  if (minimum !== void 0 && maximum !== void 0 && minimum > maximum)
    return "(?!)";
  if (minimum !== void 0 || maximum !== void 0)
    return string({ minimum, maximum }).source;
  const own2 = schema._zod.pattern;
  return (isInt && own2 === number ? integer : own2)?.source;
}
function partPattern(schema) {
  const def = schema._zod.def;
  const own2 = schema._zod.pattern?.source;
  const inner = def.innerType ?? schema._zod.innerType;
  if (inner) {
    const before = inner._zod.pattern?.source;
    const after = partPattern(inner);
    if (own2 && before && after && after !== before) {
      return own2.replace(cleanRegex(before), () => cleanRegex(after));
    }
    return own2;
  }
  if (def.options) {
    const sources = def.options.map(partPattern);
    if (sources.every(Boolean))
      return `^(${sources.map((s) => cleanRegex(s)).join("|")})$`;
  }
  return leafPattern(schema);
}
var $ZodTemplateLiteral = /* @__PURE__ */ $constructor("$ZodTemplateLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const regexParts = [];
  for (const part of def.parts) {
    if (typeof part === "object" && part !== null) {
      const source = partPattern(part);
      if (!source) {
        throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
      }
      regexParts.push(cleanRegex(source));
    } else if (part === null || primitiveTypes.has(typeof part)) {
      regexParts.push(escapeRegex(`${part}`));
    } else {
      throw new Error(`Invalid template literal part: ${part}`);
    }
  }
  inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
  inst._zod.parse = (payload, _ctx) => {
    if (typeof payload.value !== "string") {
      payload.issues.push({
        input: payload.value,
        inst,
        expected: "string",
        code: "invalid_type"
      });
      return payload;
    }
    inst._zod.pattern.lastIndex = 0;
    if (!inst._zod.pattern.test(payload.value)) {
      payload.issues.push({
        input: payload.value,
        inst,
        code: "invalid_format",
        format: def.format ?? "template_literal",
        pattern: inst._zod.pattern.source
      });
      return payload;
    }
    return payload;
  };
});
var $ZodFunction = /* @__PURE__ */ $constructor("$ZodFunction", (inst, def) => {
  $ZodType.init(inst, def);
  Object.defineProperty(inst, "_def", { value: def });
  inst._zod.def = def;
  inst.implement = (func) => {
    if (typeof func !== "function") {
      throw new Error("implement() must be called with a function");
    }
    return Object.defineProperty(function(...args) {
      const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
      const result = Reflect.apply(func, this, parsedArgs);
      if (inst._def.output) {
        return parse(inst._def.output, result);
      }
      return result;
    }, "_zod", { value: inst._zod, enumerable: false });
  };
  inst.implementAsync = (func) => {
    if (typeof func !== "function") {
      throw new Error("implementAsync() must be called with a function");
    }
    return Object.defineProperty(async function(...args) {
      const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
      const result = await Reflect.apply(func, this, parsedArgs);
      if (inst._def.output) {
        return await parseAsync(inst._def.output, result);
      }
      return result;
    }, "_zod", { value: inst._zod, enumerable: false });
  };
  inst._zod.parse = (payload, _ctx) => {
    if (typeof payload.value !== "function") {
      payload.issues.push({
        code: "invalid_type",
        expected: "function",
        input: payload.value,
        inst
      });
      return payload;
    }
    const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
    if (hasPromiseOutput) {
      payload.value = inst.implementAsync(payload.value);
    } else {
      payload.value = inst.implement(payload.value);
    }
    return payload;
  };
  inst.input = (...args) => {
    const F = inst.constructor;
    if (Array.isArray(args[0])) {
      return new F({
        type: "function",
        input: new $ZodTuple({
          type: "tuple",
          items: args[0],
          rest: args[1]
        }),
        output: inst._def.output
      });
    }
    return new F({
      type: "function",
      input: args[0],
      output: inst._def.output
    });
  };
  inst.output = (output2) => {
    const F = inst.constructor;
    return new F({
      type: "function",
      input: inst._def.input,
      output: output2
    });
  };
  return inst;
});
var $ZodPromise = /* @__PURE__ */ $constructor("$ZodPromise", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
  };
});
var $ZodLazy = /* @__PURE__ */ $constructor("$ZodLazy", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazy(inst._zod, "innerType", () => {
    const d = def;
    if (!d._cachedInner)
      d._cachedInner = def.getter();
    return d._cachedInner;
  });
  defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
  defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
  defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? void 0);
  inst._zod.parse = (payload, ctx) => {
    const inner = inst._zod.innerType;
    return inner._zod.run(payload, ctx);
  };
});
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const r = def.fn(input2);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input2, inst));
    }
    handleRefineResult(r, payload, input2, inst);
    return;
  };
});
function handleRefineResult(result, payload, input2, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input: input2,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
  constructor() {
    super(`Cannot parse a reference cycle that closes through a transform`);
    this.name = "ZodCyclicError";
  }
};
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
var recursive = /* @__PURE__ */ new WeakMap();
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
function isRecursive(inst, stack, resolve7) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check2 = (child) => {
    if (result !== PROVEN && child?._zod) {
      const answer = isRecursive(child, stack, resolve7);
      if (answer > result)
        result = answer;
    }
  };
  const shape = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve7) : NONE;
      if (child > answer)
        answer = child;
    }
    return answer;
  };
  const merge2 = (answer) => {
    if (answer > result)
      result = answer;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge2(raw ? shape(raw, true) : ASSUMED);
      check2(def.catchall);
      break;
    }
    case "array":
      check2(def.element);
      break;
    case "tuple":
      for (const el of def.items)
        check2(el);
      check2(def.rest);
      break;
    case "record":
    case "map":
      check2(def.keyType);
      check2(def.valueType);
      break;
    case "set":
      check2(def.valueType);
      break;
    case "union":
      for (const el of def.options)
        check2(el);
      break;
    case "intersection":
      check2(def.left);
      check2(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check2(def.innerType);
      break;
    case "pipe":
      check2(def.in);
      check2(def.out);
      break;
    case "function":
      check2(def.input);
      check2(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve7 ? inst._zod.innerType : void 0);
      merge2(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check2(value);
        else if (Array.isArray(value))
          for (const el of value)
            check2(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result);
}
function settle(inst, answer) {
  if (answer !== ASSUMED)
    recursive.set(inst, answer === PROVEN);
  return answer;
}
function isRecursiveSchema(inst) {
  return isRecursive(inst, /* @__PURE__ */ new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
var handoff;
var open2 = [];
var memo2 = {
  alloc(_inst, payload, empty) {
    const bucket = handoff;
    if (!bucket)
      return empty;
    handoff = void 0;
    const entry = { value: empty, issues: null };
    bucket.set(payload.value, entry);
    open2.push(entry);
    return empty;
  },
  guard(inst) {
    var _a3;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
          throw new $ZodCyclicError();
        return base(payload, ctx);
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  },
  attach(inst) {
    var _a3;
    let isRecursiveInst;
    let rechecked = false;
    let lastCtx;
    let lastBucket;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (isRecursiveInst === void 0) {
          const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
          if (walked === NONE) {
            inst._zod.parse = base;
            if (inst._zod.run === wrapped)
              inst._zod.run = base;
            return base(payload, ctx);
          }
          if (walked === PROVEN || rechecked)
            isRecursiveInst = true;
          else
            rechecked = true;
        }
        const input2 = payload.value;
        if (!isRef(input2))
          return base(payload, ctx);
        let state = ctx[STATE];
        if (!state) {
          state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
          ctx[STATE] = state;
        }
        let bucket;
        if (lastCtx === ctx) {
          bucket = lastBucket;
        } else {
          bucket = bucketFor(state, inst);
          lastCtx = ctx;
          lastBucket = bucket;
        }
        const hit = bucket.get(input2);
        if (hit) {
          payload.value = hit.value;
          if (hit.issues) {
            if (hit.issues.length)
              payload.issues.push(...cloneIssues(hit.issues));
          } else {
            payload.memo = true;
            state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
            state.backEdges.add(hit.value);
          }
          return payload;
        }
        handoff = bucket;
        const depth = open2.length;
        const result = base(payload, ctx);
        handoff = void 0;
        const entry = open2.length > depth ? open2.pop() : void 0;
        if (result instanceof Promise) {
          return result.then((r) => {
            if (entry)
              entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
            return r;
          });
        }
        if (entry)
          entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
        return result;
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  }
};
function memoizer() {
  return memo2;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}

// english-zod-messages:zod-locales
var zod_locales_exports = {};
__export(zod_locales_exports, {
  en: () => en_default
});

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input2) {
    if (type === "number" && typeof input2 === "number" && !Number.isFinite(input2)) {
      return String(input2);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $output = /* @__PURE__ */ Symbol("ZodOutput");
var $input = /* @__PURE__ */ Symbol("ZodInput");
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema, ..._meta) {
    const meta3 = _meta[0];
    this._map.set(schema, meta3);
    if (meta3 && typeof meta3 === "object" && "id" in meta3) {
      this._idmap.set(meta3.id, schema);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema) {
    const meta3 = this._map.get(schema);
    if (meta3 && typeof meta3 === "object" && "id" in meta3) {
      this._idmap.delete(meta3.id);
    }
    this._map.delete(schema);
    return this;
  }
  get(schema) {
    const p = schema._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema);
  }
  has(schema) {
    return this._map.has(schema);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/compile.js
var INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var FALLBACK_FLAG = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var ZodCompileAsyncError = class extends Error {
  constructor(message = "z.compile does not support async refinements, transforms, or checks") {
    super(message);
    this.name = "ZodCompileAsyncError";
  }
};
var ZodCompileUnsupportedError = class extends Error {
  constructor(feature, islandable = true) {
    super(`z.compile does not support ${feature}; this schema must use the runtime parser`);
    this.name = "ZodCompileUnsupportedError";
    this.islandable = islandable;
  }
};
function compileValidator(schema, parser) {
  try {
    return compileFn(schema, { assertOnly: true });
  } catch {
    return parser;
  }
}
function compile(schema, options) {
  try {
    const parser = compileFn(schema);
    const clone2 = withParser(schema, parser);
    clone2._zod.bag.validator = compileValidator(schema, parser);
    return clone2;
  } catch (err) {
    if (options?.strict)
      throw err;
    return schema;
  }
}
function withParser(schema, parser) {
  if (isRecursiveSchema(schema)) {
    throw new ZodCompileUnsupportedError("a schema whose subtree contains a reference cycle");
  }
  const clone2 = clone(schema);
  const liveRun = schema._zod.run;
  const originalRun = liveRun.__originalRun ?? liveRun;
  const wrapped = (payload, ctx) => {
    if (ctx?.async || ctx?.direction === "backward" || ctx?.skipChecks || ctx?.[FALLBACK_FLAG]) {
      return originalRun(payload, ctx);
    }
    if (ctx && isBackEdge(ctx, payload.value)) {
      return originalRun(payload, ctx);
    }
    const out = parser(payload.value);
    if (out !== INVALID) {
      payload.value = out;
      return payload;
    }
    if (ctx)
      ctx[FALLBACK_FLAG] = true;
    return originalRun(payload, ctx);
  };
  wrapped.__originalRun = originalRun;
  clone2._zod.bag.fallbackRun = originalRun;
  clone2._zod.bag.validator = parser;
  clone2._zod.run = wrapped;
  if (!liveRun.__originalRun)
    installCompiledUserMethods(clone2, schema, parser);
  return clone2;
}
function installCompiledUserMethods(target, source, parser) {
  const targetAny = target;
  const sourceAny = source;
  if (typeof sourceAny.safeParse === "function") {
    const originalSafeParse = sourceAny.safeParse;
    targetAny.safeParse = (data, params) => {
      const out = parser(data);
      if (out !== INVALID) {
        return { success: true, data: out };
      }
      return originalSafeParse(data, params);
    };
  }
  if (typeof sourceAny.parse === "function") {
    const originalParse = sourceAny.parse;
    targetAny.parse = (data, params) => {
      const out = parser(data);
      if (out !== INVALID) {
        return out;
      }
      return originalParse(data, params);
    };
  }
}
function compileFn(schema, options) {
  let recursive2 = true;
  try {
    recursive2 = isRecursiveSchema(schema);
  } catch {
  }
  if (recursive2) {
    throw new ZodCompileUnsupportedError("a schema whose subtree contains a reference cycle");
  }
  const ctx = {
    constants: /* @__PURE__ */ new Map(),
    constantCounter: 0,
    varCounter: 0,
    definite: true
  };
  const doc = new Doc(["input"]);
  const outputAccessor = generateCheck(doc, ctx, schema, "input", !options?.assertOnly);
  doc.write(outputAccessor === null ? `return true;` : `return ${outputAccessor};`);
  const constantNames = ["INVALID", ...ctx.constants.keys()];
  const constantValues = [INVALID, ...ctx.constants.values()];
  const code = doc.content.join("\n");
  const fullCode = options?.debug ? constantNames.length > 0 ? `// Constants: ${constantNames.join(", ")}
${code}` : code : "";
  const F = Function;
  const factoryCode = `return (input) => {
${code}
}`;
  let fn;
  try {
    const factory = new F(...constantNames, factoryCode);
    fn = factory(...constantValues);
  } catch (err) {
    throw new ZodCompileUnsupportedError(`this schema (generated code failed to evaluate: ${err.message})`);
  }
  if (options?.debug) {
    fn.code = fullCode;
  }
  fn.definite = ctx.definite;
  return fn;
}
function addConstant(ctx, value) {
  for (const [name3, v] of ctx.constants) {
    if (v === value)
      return name3;
  }
  const name2 = `c${ctx.constantCounter++}`;
  ctx.constants.set(name2, value);
  return name2;
}
function addUserConstant(ctx, fn) {
  ctx.definite = false;
  return addConstant(ctx, fn);
}
function newVar(ctx) {
  return `v${ctx.varCounter++}`;
}
function runtimeRun(schema, value) {
  const result = schema._zod.run({ value, issues: [] }, {});
  if (result && typeof result.then === "function")
    return INVALID;
  const r = result;
  return r.issues.length === 0 ? r.value : INVALID;
}
function compileChild(doc, ctx, schema, accessor, needsValue = true) {
  const contentLen = doc.content.length;
  const constantCount = ctx.constants.size;
  const constantCounter = ctx.constantCounter;
  const varCounter = ctx.varCounter;
  try {
    return generateCheck(doc, ctx, schema, accessor, needsValue);
  } catch (err) {
    if (!(err instanceof ZodCompileUnsupportedError) || !err.islandable)
      throw err;
    doc.content.length = contentLen;
    if (ctx.constants.size > constantCount) {
      const trailing = Array.from(ctx.constants.keys()).slice(constantCount);
      for (const k of trailing)
        ctx.constants.delete(k);
    }
    ctx.constantCounter = constantCounter;
    ctx.varCounter = varCounter;
    return emitRuntimeIsland(doc, ctx, schema, accessor);
  }
}
function emitRuntimeIsland(doc, ctx, schema, accessor) {
  ctx.definite = false;
  const schemaConst = addConstant(ctx, schema);
  const runConst = addConstant(ctx, runtimeRun);
  const outVar = newVar(ctx);
  doc.write(`const ${outVar} = ${runConst}(${schemaConst}, ${accessor});`);
  doc.write(`if (${outVar} === INVALID) return INVALID;`);
  return outVar;
}
var WHEN_DEFAULTED_CHECKS = /* @__PURE__ */ new Set([
  "max_size",
  "min_size",
  "size_equals",
  "max_length",
  "min_length",
  "length_equals"
]);
function generateChecks(doc, ctx, schema, accessor) {
  const schemaChecks = schema._zod.def.checks;
  if (!schemaChecks || schemaChecks.length === 0)
    return accessor;
  let currentAccessor = accessor;
  for (const check2 of schemaChecks) {
    const def = check2._zod.def;
    if (def.when && !WHEN_DEFAULTED_CHECKS.has(def.check)) {
      throw new ZodCompileUnsupportedError(`check with a custom "when" condition`);
    }
    switch (def.check) {
      case "greater_than":
        generateGreaterThanCheck(doc, ctx, def, currentAccessor);
        break;
      case "less_than":
        generateLessThanCheck(doc, ctx, def, currentAccessor);
        break;
      case "multiple_of":
        generateMultipleOfCheck(doc, ctx, def, currentAccessor);
        break;
      case "number_format":
        generateNumberFormatCheck(doc, def, currentAccessor);
        break;
      case "min_length": {
        const min = numericOperand(def.minimum, "min_length");
        const len = codePointLengthVar(doc, ctx, currentAccessor, `${currentAccessor}.length >= ${min} && ${currentAccessor}.length < ${def.minimum * 2}`);
        doc.write(`if (${len} < ${min}) return INVALID;`);
        break;
      }
      case "max_length": {
        const max = numericOperand(def.maximum, "max_length");
        const len = codePointLengthVar(doc, ctx, currentAccessor, `${currentAccessor}.length > ${max}`);
        doc.write(`if (${len} > ${max}) return INVALID;`);
        break;
      }
      case "length_equals": {
        const exact = numericOperand(def.length, "length_equals");
        const len = codePointLengthVar(doc, ctx, currentAccessor, `${currentAccessor}.length >= ${exact} && ${currentAccessor}.length <= ${def.length * 2}`);
        doc.write(`if (${len} !== ${exact}) return INVALID;`);
        break;
      }
      case "min_size":
        doc.write(`if (${currentAccessor}.size < ${numericOperand(def.minimum, "min_size")}) return INVALID;`);
        break;
      case "max_size":
        doc.write(`if (${currentAccessor}.size > ${numericOperand(def.maximum, "max_size")}) return INVALID;`);
        break;
      case "size_equals":
        doc.write(`if (${currentAccessor}.size !== ${numericOperand(def.size, "size_equals")}) return INVALID;`);
        break;
      case "string_format":
        currentAccessor = generateStringFormatCheck(doc, ctx, def, currentAccessor);
        break;
      case "custom":
        currentAccessor = generateCustomRefineCheck(doc, ctx, check2, currentAccessor);
        break;
      case "bigint_format":
        generateBigIntFormatCheck(doc, def, currentAccessor);
        break;
      case "mime_type":
        generateMimeTypeCheck(doc, ctx, def, currentAccessor);
        break;
      case "property":
        generatePropertyCheck(doc, ctx, def, currentAccessor);
        break;
      case "properties":
        generatePropertiesChecks(doc, ctx, def, currentAccessor);
        break;
      case "overwrite": {
        const newAccessor = newVar(ctx);
        generateOverwriteCheck(doc, ctx, check2, currentAccessor, newAccessor);
        currentAccessor = newAccessor;
        break;
      }
      default: {
        void def;
        throw new ZodCompileUnsupportedError(`check type ${def.check}`);
      }
    }
  }
  return currentAccessor;
}
function codePointLengthVar(doc, ctx, accessor, inDoubt) {
  const cpLen = addConstant(ctx, codePointLength);
  const v = newVar(ctx);
  doc.write(`const ${v} = typeof ${accessor} === "string" && ${inDoubt} ? ${cpLen}(${accessor}) : ${accessor}.length;`);
  return v;
}
function numericOperand(value, label) {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new ZodCompileUnsupportedError(`${label} bound of type ${typeof value}`);
  }
  return `${value}`;
}
function comparisonOperand(ctx, value) {
  if (typeof value === "bigint")
    return `${value}n`;
  if (typeof value === "number") {
    if (Number.isNaN(value))
      throw new ZodCompileUnsupportedError("comparison check with NaN bound");
    return `${value}`;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new ZodCompileUnsupportedError("comparison check with Invalid Date bound");
    }
    return addConstant(ctx, value);
  }
  throw new ZodCompileUnsupportedError(`comparison check bound of type ${typeof value}`);
}
function generateGreaterThanCheck(doc, ctx, def, accessor) {
  const op = def.inclusive ? "<" : "<=";
  doc.write(`if (${accessor} ${op} ${comparisonOperand(ctx, def.value)}) return INVALID;`);
}
function generateLessThanCheck(doc, ctx, def, accessor) {
  const op = def.inclusive ? ">" : ">=";
  doc.write(`if (${accessor} ${op} ${comparisonOperand(ctx, def.value)}) return INVALID;`);
}
function generateMultipleOfCheck(doc, ctx, def, accessor) {
  if (typeof def.value === "bigint") {
    if (def.value === BigInt(0))
      throw new ZodCompileUnsupportedError("multiple_of check with a zero divisor");
    doc.write(`if (${accessor} % ${def.value}n !== 0n) return INVALID;`);
  } else {
    const remainder = addConstant(ctx, floatSafeRemainder);
    doc.write(`if (${remainder}(${accessor}, ${numericOperand(def.value, "multiple_of")}) !== 0) return INVALID;`);
  }
}
function generateNumberFormatCheck(doc, def, accessor) {
  const format = def.format;
  switch (format) {
    case "safeint":
      doc.write(`if (!Number.isSafeInteger(${accessor})) return INVALID;`);
      break;
    case "int32":
      doc.write(`if (!Number.isInteger(${accessor}) || ${accessor} < -2147483648 || ${accessor} > 2147483647) return INVALID;`);
      break;
    case "uint32":
      doc.write(`if (!Number.isInteger(${accessor}) || ${accessor} < 0 || ${accessor} > 4294967295) return INVALID;`);
      break;
    case "float32":
      doc.write(`if (!Number.isFinite(${accessor}) || ${accessor} < -3.4028234663852886e38 || ${accessor} > 3.4028234663852886e38) return INVALID;`);
      break;
    case "float64":
      doc.write(`if (!Number.isFinite(${accessor})) return INVALID;`);
      break;
    default: {
      void format;
      throw new ZodCompileUnsupportedError(`number format ${format}`);
    }
  }
}
function generateBigIntFormatCheck(doc, def, accessor) {
  const format = def.format;
  if (!format)
    return;
  switch (format) {
    case "int64":
      doc.write(`if (${accessor} < -9223372036854775808n || ${accessor} > 9223372036854775807n) return INVALID;`);
      break;
    case "uint64":
      doc.write(`if (${accessor} < 0n || ${accessor} > 18446744073709551615n) return INVALID;`);
      break;
    default: {
      void format;
      throw new ZodCompileUnsupportedError(`bigint format ${format}`);
    }
  }
}
function generateMimeTypeCheck(doc, ctx, def, accessor) {
  const mimeTypes = def.mime;
  if (mimeTypes && mimeTypes.length > 0) {
    const mimeSet = addConstant(ctx, new Set(mimeTypes));
    doc.write(`if (!${mimeSet}.has(${accessor}.type)) return INVALID;`);
  }
}
function generatePropertiesChecks(doc, ctx, def, accessor) {
  if (def.when) {
    throw new ZodCompileUnsupportedError(`check with a custom "when" condition`);
  }
  doc.write(`if (${accessor} == null) return INVALID;`);
  const shape = def.shape;
  for (const key of Reflect.ownKeys(shape)) {
    const keyExpr = typeof key === "symbol" ? addConstant(ctx, key) : esc(key);
    const inputVar = newVar(ctx);
    doc.write(`const ${inputVar} = ${accessor}[${keyExpr}];`);
    compileChild(doc, ctx, shape[key], inputVar, false);
  }
}
function generatePropertyCheck(doc, ctx, def, accessor) {
  const propAccessor = `${accessor}[${JSON.stringify(def.property)}]`;
  generateCheck(doc, ctx, def.schema, propAccessor);
}
function generateOverwriteCheck(doc, ctx, check2, currentAccessor, newAccessor) {
  const tx = check2._zod.def.tx;
  if (!tx) {
    throw new ZodCompileUnsupportedError("overwrite check without a transform function");
  }
  if (isAsyncFunction(tx)) {
    throw new ZodCompileAsyncError("z.compile: async overwrite transforms are not supported");
  }
  const txConst = addConstant(ctx, tx);
  doc.write(`const ${newAccessor} = ${txConst}(${currentAccessor});`);
}
function throwAsync() {
  throw new $ZodAsyncError();
}
function pushIssue(issue2) {
  this.issues.push(issue2);
}
function generateCustomRefineCheck(doc, ctx, check2, accessor) {
  const def = check2._zod.def;
  if (def.fn) {
    if (isAsyncFunction(def.fn)) {
      throw new ZodCompileAsyncError("z.compile: async .refine() predicates are not supported");
    }
    const fnConst = addUserConstant(ctx, def.fn);
    const throwAsyncConst = addConstant(ctx, throwAsync);
    const resVar = newVar(ctx);
    doc.write(`const ${resVar} = ${fnConst}(${accessor});`);
    doc.write(`if (${resVar} instanceof Promise) ${throwAsyncConst}();`);
    doc.write(`if (!${resVar}) return INVALID;`);
    return accessor;
  }
  if (check2._zod.check) {
    if (isAsyncFunction(check2._zod.check)) {
      throw new ZodCompileAsyncError("z.compile: async .superRefine() / check functions are not supported");
    }
    const checkFn = check2._zod.check;
    const helperFn = (value) => {
      const fakePayload = { value, issues: [], addIssue: pushIssue };
      const result = checkFn(fakePayload);
      if (result instanceof Promise)
        throwAsync();
      return fakePayload.issues.length === 0 ? fakePayload.value : INVALID;
    };
    const helperConst = addUserConstant(ctx, helperFn);
    const outVar = newVar(ctx);
    doc.write(`const ${outVar} = ${helperConst}(${accessor});`);
    doc.write(`if (${outVar} === INVALID) return INVALID;`);
    return outVar;
  }
  throw new ZodCompileUnsupportedError("custom check without a predicate or check function");
}
var PATTERN_IS_COMPLETE = /* @__PURE__ */ new Set([
  "cidrv4",
  "cuid",
  "cuid2",
  "date",
  "datetime",
  "duration",
  "e164",
  "email",
  "emoji",
  "ends_with",
  "guid",
  "includes",
  "ipv4",
  "ksuid",
  "lowercase",
  "mac",
  "nanoid",
  "regex",
  "starts_with",
  "time",
  "ulid",
  "uppercase",
  "uuid",
  "xid"
]);
function generateStringFormatCheck(doc, ctx, def, accessor, needsValue = true) {
  const fmt = def.format;
  if (fmt === "base64") {
    const validator = addConstant(ctx, isValidBase64);
    doc.write(`if (!${validator}(${accessor})) return INVALID;`);
    return accessor;
  }
  if (fmt === "base64url") {
    const validator = addConstant(ctx, isValidBase64URL);
    doc.write(`if (!${validator}(${accessor})) return INVALID;`);
    return accessor;
  }
  if (fmt === "jwt") {
    const validator = addConstant(ctx, isValidJWT);
    const alg = addConstant(ctx, def.alg ?? null);
    doc.write(`if (!${validator}(${accessor}, ${alg})) return INVALID;`);
    return accessor;
  }
  if (fmt === "ipv6") {
    const validator = addConstant(ctx, isValidIPv6);
    doc.write(`if (!${validator}(${accessor})) return INVALID;`);
    return accessor;
  }
  if (fmt === "cidrv6") {
    const validator = addConstant(ctx, isValidCIDRv6);
    doc.write(`if (!${validator}(${accessor})) return INVALID;`);
    return accessor;
  }
  if (fmt === "credit_card") {
    const validator = addConstant(ctx, isValidCreditCard);
    doc.write(`if (!${validator}(${accessor})) return INVALID;`);
    return accessor;
  }
  if (fmt === "iban") {
    const validator = addConstant(ctx, isValidIBAN);
    doc.write(`if (!${validator}(${accessor})) return INVALID;`);
    return accessor;
  }
  const formatDef = def;
  if (fmt === "url" || fmt === "httpurl" || formatDef.normalize || formatDef.hostname !== void 0 || formatDef.protocol !== void 0) {
    const parseConst = addConstant(ctx, validateURL);
    const defConst = addConstant(ctx, def);
    const trimVar = newVar(ctx);
    const urlVar = newVar(ctx);
    doc.write(`const ${trimVar} = ${accessor}.trim();`);
    doc.write(`const ${urlVar} = ${parseConst}(${trimVar}, ${defConst});`);
    doc.write(`if (typeof ${urlVar} === "number") return INVALID;`);
    if (formatDef.hostname !== void 0) {
      const hostnameConst = addConstant(ctx, urlHostnameOk);
      doc.write(`if (!${hostnameConst}(${urlVar}, ${defConst}.hostname)) return INVALID;`);
    }
    if (formatDef.protocol !== void 0) {
      const protocolConst = addConstant(ctx, urlProtocolOk);
      doc.write(`if (!${protocolConst}(${urlVar}, ${defConst}.protocol)) return INVALID;`);
    }
    if (!needsValue)
      return null;
    const outputVar = newVar(ctx);
    const outputExpr = formatDef.normalize ? `${urlVar}.href` : `${addConstant(ctx, stripTabAndNewline)}(${trimVar})`;
    doc.write(`const ${outputVar} = ${outputExpr};`);
    return outputVar;
  }
  const customFn = def.fn;
  if (customFn) {
    if (isAsyncFunction(customFn))
      throw new ZodCompileUnsupportedError(`async string format ${fmt}`);
    const fnConst = addConstant(ctx, customFn);
    doc.write(`if (!${fnConst}(${accessor})) return INVALID;`);
    return accessor;
  }
  if (PATTERN_IS_COMPLETE.has(fmt) && def.pattern) {
    const patternConst = addConstant(ctx, def.pattern);
    doc.write(`${patternConst}.lastIndex = 0;`);
    doc.write(`if (!${patternConst}.test(${accessor})) return INVALID;`);
    return accessor;
  }
  const format = def.format;
  switch (format) {
    case "regex":
      throw new ZodCompileUnsupportedError("regex format without a pattern");
    case "lowercase":
      doc.write(`if (${accessor} !== ${accessor}.toLowerCase()) return INVALID;`);
      break;
    case "uppercase":
      doc.write(`if (${accessor} !== ${accessor}.toUpperCase()) return INVALID;`);
      break;
    case "includes":
      doc.write(`if (!${accessor}.includes(${esc(def.includes)})) return INVALID;`);
      break;
    case "starts_with": {
      const prefix = def.prefix;
      doc.write(`if (${accessor}.slice(0, ${prefix.length}) !== ${esc(prefix)}) return INVALID;`);
      break;
    }
    case "ends_with": {
      const suffix = def.suffix;
      doc.write(`if (${accessor}.slice(-${suffix.length}) !== ${esc(suffix)}) return INVALID;`);
      break;
    }
    default: {
      void format;
      throw new ZodCompileUnsupportedError(`string format ${format}`);
    }
  }
  return accessor;
}
function generateCheck(doc, ctx, schema, accessor, needsValue = true) {
  const def = schema._zod.def;
  const type = def.type;
  if (def.coerce) {
    throw new ZodCompileUnsupportedError(`coercion (z.coerce.${type}())`);
  }
  const buildsValue = needsValue || !!def.checks?.length;
  let typeAccessor;
  switch (type) {
    case "string":
      typeAccessor = generateStringCheck(doc, ctx, schema, accessor, buildsValue);
      break;
    case "number":
      typeAccessor = generateNumberCheck(doc, schema, accessor);
      break;
    case "boolean":
      typeAccessor = generateBooleanCheck(doc, accessor);
      break;
    case "bigint":
      typeAccessor = generateBigIntCheck(doc, schema, accessor);
      break;
    case "symbol":
      typeAccessor = generateSymbolCheck(doc, accessor);
      break;
    case "undefined":
      typeAccessor = generateUndefinedCheck(doc, accessor);
      break;
    case "null":
      typeAccessor = generateNullCheck(doc, accessor);
      break;
    case "any":
    case "unknown":
      typeAccessor = accessor;
      break;
    case "never":
      doc.write("return INVALID;");
      typeAccessor = accessor;
      break;
    case "void":
      typeAccessor = generateVoidCheck(doc, accessor);
      break;
    case "nan":
      typeAccessor = generateNaNCheck(doc, accessor);
      break;
    case "date":
      typeAccessor = generateDateCheck(doc, accessor);
      break;
    case "object":
      typeAccessor = generateObjectCheck(doc, ctx, schema, accessor, buildsValue);
      break;
    case "optional":
      typeAccessor = generateOptionalCheck(doc, ctx, schema, accessor, buildsValue);
      break;
    case "nullable":
      typeAccessor = generateNullableCheck(doc, ctx, schema, accessor, buildsValue);
      break;
    case "array":
      typeAccessor = generateArrayCheck(doc, ctx, schema, accessor, buildsValue);
      break;
    case "literal":
      typeAccessor = generateLiteralCheck(doc, ctx, schema, accessor);
      break;
    case "enum":
      typeAccessor = generateEnumCheck(doc, ctx, schema, accessor);
      break;
    case "readonly": {
      const innerOut = generateWrapperCheck(doc, ctx, schema, accessor);
      const frozenVar = newVar(ctx);
      doc.write(`const ${frozenVar} = Object.freeze(${innerOut});`);
      typeAccessor = frozenVar;
      break;
    }
    case "success":
      generateWrapperCheck(doc, ctx, schema, accessor);
      typeAccessor = "true";
      break;
    case "default":
    case "prefault":
      typeAccessor = generateDefaultCheck(doc, ctx, schema, accessor);
      break;
    case "nonoptional":
      typeAccessor = generateNonOptionalCheck(doc, ctx, schema, accessor);
      break;
    case "tuple":
      typeAccessor = generateTupleCheck(doc, ctx, schema, accessor);
      break;
    case "union":
      typeAccessor = generateUnionCheck(doc, ctx, schema, accessor);
      break;
    case "intersection":
      typeAccessor = generateIntersectionCheck(doc, ctx, schema, accessor);
      break;
    case "record":
      typeAccessor = generateRecordCheck(doc, ctx, schema, accessor);
      break;
    case "map":
      typeAccessor = generateMapCheck(doc, ctx, schema, accessor);
      break;
    case "set":
      typeAccessor = generateSetCheck(doc, ctx, schema, accessor);
      break;
    case "file":
      typeAccessor = generateFileCheck(doc, accessor);
      break;
    case "template_literal":
      typeAccessor = generateTemplateLiteralCheck(doc, ctx, schema, accessor);
      break;
    case "lazy":
      typeAccessor = generateLazyCheck(doc, ctx, schema, accessor);
      break;
    case "pipe":
      typeAccessor = generatePipeCheck(doc, ctx, schema, accessor);
      break;
    case "custom":
      typeAccessor = generateCustomCheck(doc, ctx, schema, accessor);
      break;
    case "transform":
      typeAccessor = generateTransformCheck(doc, ctx, schema, accessor);
      break;
    case "catch":
      typeAccessor = generateCatchCheck(doc, ctx, schema, accessor);
      break;
    default: {
      void type;
      throw new ZodCompileUnsupportedError(`schema type ${type}`);
    }
  }
  if (typeAccessor === null)
    return null;
  return generateChecks(doc, ctx, schema, typeAccessor);
}
function generateStringCheck(doc, ctx, schema, accessor, needsValue = true) {
  doc.write(`if (typeof ${accessor} !== "string") return INVALID;`);
  const def = schema._zod.def;
  if (def.format === void 0)
    return accessor;
  return generateStringFormatCheck(doc, ctx, def, accessor, needsValue);
}
function generateNumberCheck(doc, schema, accessor) {
  doc.write(`if (typeof ${accessor} !== "number" || !Number.isFinite(${accessor})) return INVALID;`);
  const def = schema._zod.def;
  if (def.check === "number_format" && def.format) {
    generateNumberFormatCheck(doc, { format: def.format }, accessor);
  }
  return accessor;
}
function generateBooleanCheck(doc, accessor) {
  doc.write(`if (typeof ${accessor} !== "boolean") return INVALID;`);
  return accessor;
}
function generateBigIntCheck(doc, schema, accessor) {
  doc.write(`if (typeof ${accessor} !== "bigint") return INVALID;`);
  const def = schema._zod.def;
  if (def.format) {
    switch (def.format) {
      case "int64":
        doc.write(`if (${accessor} < -9223372036854775808n || ${accessor} > 9223372036854775807n) return INVALID;`);
        break;
      case "uint64":
        doc.write(`if (${accessor} < 0n || ${accessor} > 18446744073709551615n) return INVALID;`);
        break;
    }
  }
  return accessor;
}
function generateSymbolCheck(doc, accessor) {
  doc.write(`if (typeof ${accessor} !== "symbol") return INVALID;`);
  return accessor;
}
function generateUndefinedCheck(doc, accessor) {
  doc.write(`if (${accessor} !== undefined) return INVALID;`);
  return accessor;
}
function generateNullCheck(doc, accessor) {
  doc.write(`if (${accessor} !== null) return INVALID;`);
  return accessor;
}
function generateVoidCheck(doc, accessor) {
  doc.write(`if (${accessor} !== undefined) return INVALID;`);
  return accessor;
}
function generateNaNCheck(doc, accessor) {
  doc.write(`if (typeof ${accessor} !== "number" || !Number.isNaN(${accessor})) return INVALID;`);
  return accessor;
}
function generateDateCheck(doc, accessor) {
  doc.write(`if (!(${accessor} instanceof Date) || Number.isNaN(${accessor}.getTime())) return INVALID;`);
  return accessor;
}
function generateObjectCheck(doc, ctx, schema, accessor, buildsValue = true) {
  const def = schema._zod.def;
  doc.write(`if (typeof ${accessor} !== "object" || ${accessor} === null || Array.isArray(${accessor})) return INVALID;`);
  const shape = def.shape;
  const keys = Object.keys(shape);
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  const keyExpr = (k) => typeof k === "symbol" ? addConstant(ctx, k) : esc(k);
  const propKey = (k) => typeof k === "symbol" ? `[${keyExpr(k)}]` : esc(k);
  const propShape = shape;
  if (keys.includes("__proto__")) {
    throw new ZodCompileUnsupportedError('object shape key "__proto__"');
  }
  const propOutputs = /* @__PURE__ */ new Map();
  for (const key of allKeys) {
    const propSchema = propShape[key];
    const kx = keyExpr(key);
    const inputVar = newVar(ctx);
    doc.write(`const ${inputVar} = ${accessor}[${kx}];`);
    if (propSchema._zod.optin !== void 0) {
      const outputVar2 = newVar(ctx);
      doc.write(`let ${outputVar2} = (() => {`);
      doc.indented((d) => {
        const outputAccessor = compileChild(d, ctx, propSchema, inputVar);
        d.write(`return ${outputAccessor};`);
      });
      doc.write(`})();`);
      if (propSchema._zod.optout === "optional") {
        doc.write(`if (${outputVar2} === INVALID) {`);
        doc.indented((d) => {
          d.write(`if (${kx} in ${accessor}) return INVALID;`);
          d.write(`${outputVar2} = undefined;`);
        });
        doc.write(`}`);
      } else {
        doc.write(`if (${outputVar2} === INVALID) return INVALID;`);
      }
      propOutputs.set(key, outputVar2);
    } else {
      if (requiresPresenceCheck(propSchema)) {
        doc.write(`if (!(${kx} in ${accessor})) return INVALID;`);
      }
      const outputAccessor = compileChild(doc, ctx, propSchema, inputVar, buildsValue);
      if (outputAccessor !== null)
        propOutputs.set(key, outputAccessor);
    }
  }
  const catchall = def.catchall;
  let unknownKeysMode = "none";
  if (catchall) {
    const catchallType = catchall._zod.def.type;
    if (catchallType === "never") {
      const condition = keys.map((k) => `k !== ${esc(k)}`).join(" && ") || "true";
      doc.write(`for (const k in ${accessor}) {`);
      doc.indented((d) => {
        d.write(`if (${condition}) return INVALID;`);
      });
      doc.write(`}`);
    } else if ((catchallType === "unknown" || catchallType === "any") && !catchall._zod.def.checks?.length) {
      unknownKeysMode = "passthrough";
    } else {
      unknownKeysMode = "schema";
    }
  }
  const outputVar = newVar(ctx);
  const hasConditionalKeys = allKeys.some((k) => mayOmitUndefined(propShape[k]) || dropsWhenAbsent(propShape[k]));
  if (!buildsValue) {
    if (unknownKeysMode === "schema") {
      const knownSet = keys.length > 0 ? addConstant(ctx, new Set(keys)) : null;
      doc.write(`for (const k in ${accessor}) {`);
      doc.indented((d) => {
        d.write(`if (k === "__proto__") continue;`);
        if (knownSet)
          d.write(`if (${knownSet}.has(k)) continue;`);
        const valVar = newVar(ctx);
        d.write(`const ${valVar} = ${accessor}[k];`);
        compileChild(d, ctx, catchall, valVar, false);
      });
      doc.write(`}`);
    }
    return null;
  }
  if (!hasConditionalKeys) {
    const propLiterals = allKeys.map((k) => `${propKey(k)}: ${propOutputs.get(k)}`).join(", ");
    doc.write(`const ${outputVar} = { ${propLiterals} };`);
  } else {
    doc.write(`const ${outputVar} = {};`);
    for (const k of allKeys) {
      const kx = keyExpr(k);
      const out = propOutputs.get(k);
      if (dropsWhenAbsent(propShape[k])) {
        doc.write(`if (${kx} in ${accessor}) ${outputVar}[${kx}] = ${out};`);
      } else if (mayOmitUndefined(propShape[k])) {
        doc.write(`if (${out} !== undefined || ${kx} in ${accessor}) ${outputVar}[${kx}] = ${out};`);
      } else {
        doc.write(`${outputVar}[${kx}] = ${out};`);
      }
    }
  }
  if (unknownKeysMode !== "none") {
    const knownSet = keys.length > 0 ? addConstant(ctx, new Set(keys)) : null;
    doc.write(`for (const k in ${accessor}) {`);
    doc.indented((d) => {
      d.write(`if (k === "__proto__") continue;`);
      if (knownSet)
        d.write(`if (${knownSet}.has(k)) continue;`);
      if (unknownKeysMode === "passthrough") {
        d.write(`${outputVar}[k] = ${accessor}[k];`);
      } else {
        const valVar = newVar(ctx);
        d.write(`const ${valVar} = ${accessor}[k];`);
        const catchallOut = compileChild(d, ctx, catchall, valVar);
        d.write(`${outputVar}[k] = ${catchallOut};`);
      }
    });
    doc.write(`}`);
  }
  return outputVar;
}
function generateOptionalCheck(doc, ctx, schema, accessor, buildsValue = true) {
  const def = schema._zod.def;
  if (isExactOptional(schema)) {
    return generateCheck(doc, ctx, def.innerType, accessor, buildsValue);
  }
  if (def.innerType._zod.optin === "defaulted") {
    const outputVar2 = newVar(ctx);
    const branchVar = newVar(ctx);
    doc.write(`let ${outputVar2};`);
    doc.write(`if (${accessor} === undefined) {`);
    doc.indented((d) => {
      d.write(`const ${branchVar} = (() => {`);
      d.indented((d2) => {
        const innerOutput = generateCheck(d2, ctx, def.innerType, accessor);
        d2.write(`return ${innerOutput};`);
      });
      d.write(`})();`);
      d.write(`if (${branchVar} !== INVALID) ${outputVar2} = ${branchVar};`);
    });
    doc.write(`} else {`);
    doc.indented((d) => {
      const innerOutput = generateCheck(d, ctx, def.innerType, accessor);
      d.write(`${outputVar2} = ${innerOutput};`);
    });
    doc.write(`}`);
    return outputVar2;
  }
  const outputVar = buildsValue ? newVar(ctx) : null;
  if (outputVar)
    doc.write(`let ${outputVar};`);
  doc.write(`if (${accessor} !== undefined) {`);
  doc.indented((d) => {
    const innerOutput = generateCheck(d, ctx, def.innerType, accessor, buildsValue);
    if (outputVar && innerOutput !== null)
      d.write(`${outputVar} = ${innerOutput};`);
  });
  doc.write(`}`);
  return outputVar;
}
function isExactOptional(schema) {
  return schema._zod.traits?.has("$ZodExactOptional") === true;
}
function requiresPresenceCheck(schema) {
  return schema._zod.optin === void 0 && fastPathAcceptsAbsence(schema);
}
function fastPathAcceptsAbsence(schema) {
  if (schema._zod.def.coerce)
    return true;
  const def = schema._zod.def;
  switch (def.type) {
    case "any":
    case "unknown":
    case "undefined":
    case "void":
    case "default":
    case "prefault":
    case "transform":
    case "custom":
    case "lazy":
      return true;
    case "string":
    case "number":
    case "boolean":
    case "bigint":
    case "symbol":
    case "null":
    case "never":
    case "nan":
    case "date":
    case "object":
    case "array":
    case "tuple":
    case "record":
    case "map":
    case "set":
    case "file":
    case "template_literal":
      return false;
    case "nonoptional":
      return def.innerType ? fastPathAcceptsAbsence(def.innerType) : false;
    case "literal":
      return !!def.values?.includes(void 0);
    case "enum":
      return !!schema._zod.values?.has(void 0);
    case "optional":
    case "nullable":
    case "readonly":
    case "success":
      return def.innerType ? fastPathAcceptsAbsence(def.innerType) : true;
    case "catch":
      return true;
    case "union":
      return def.options ? def.options.some(fastPathAcceptsAbsence) : true;
    case "intersection":
      if (!def.left || !def.right)
        return true;
      return fastPathAcceptsAbsence(def.left) && fastPathAcceptsAbsence(def.right);
    case "pipe":
      return def.in ? fastPathAcceptsAbsence(def.in) : true;
    default:
      return true;
  }
}
function dropsWhenAbsent(schema) {
  return schema._zod.optin === "optional" && schema._zod.optout === "optional";
}
function mayOmitUndefined(schema) {
  return (schema._zod.optin !== "defaulted" || schema._zod.optout === "optional") && mayOutputUndefined(schema);
}
function mayOutputUndefined(schema) {
  const def = schema._zod.def;
  switch (def.type) {
    case "string":
    case "number":
    case "boolean":
    case "bigint":
    case "symbol":
    case "null":
    case "nan":
    case "date":
    case "object":
    case "array":
    case "tuple":
    case "record":
    case "map":
    case "set":
    case "file":
    case "template_literal":
    case "never":
    case "success":
      return false;
    case "literal":
      return !!def.values?.includes(void 0);
    case "enum":
      return !!schema._zod.values?.has(void 0);
    case "optional":
      return true;
    case "nullable":
    case "readonly":
    case "nonoptional":
      return def.innerType ? mayOutputUndefined(def.innerType) : true;
    case "union":
      return def.options ? def.options.some(mayOutputUndefined) : true;
    case "intersection":
      return !def.left || !def.right || mayOutputUndefined(def.left) || mayOutputUndefined(def.right);
    case "pipe":
      return def.out ? mayOutputUndefined(def.out) : true;
    default:
      return true;
  }
}
function generateNullableCheck(doc, ctx, schema, accessor, buildsValue = true) {
  const def = schema._zod.def;
  const outputVar = buildsValue ? newVar(ctx) : null;
  if (outputVar)
    doc.write(`let ${outputVar} = null;`);
  doc.write(`if (${accessor} !== null) {`);
  doc.indented((d) => {
    const innerOutput = generateCheck(d, ctx, def.innerType, accessor, buildsValue);
    if (outputVar && innerOutput !== null)
      d.write(`${outputVar} = ${innerOutput};`);
  });
  doc.write(`}`);
  return outputVar;
}
function generateSizeGate(doc, schema, size) {
  for (const [max, check2] of sizeCaps(schema._zod.def.checks)) {
    doc.write(`if (${size} > ${numericOperand(max, check2._zod.def.check)}) return INVALID;`);
  }
}
function generateArrayCheck(doc, ctx, schema, accessor, buildsValue = true) {
  const def = schema._zod.def;
  doc.write(`if (!Array.isArray(${accessor})) return INVALID;`);
  generateSizeGate(doc, schema, `${accessor}.length`);
  const outputVar = buildsValue ? newVar(ctx) : null;
  const iVar = newVar(ctx);
  const elemVar = newVar(ctx);
  if (outputVar)
    doc.write(`const ${outputVar} = new Array(${accessor}.length);`);
  doc.write(`for (let ${iVar} = 0; ${iVar} < ${accessor}.length; ${iVar}++) {`);
  doc.indented((d) => {
    d.write(`const ${elemVar} = ${accessor}[${iVar}];`);
    const elemOutput = compileChild(d, ctx, def.element, elemVar, buildsValue);
    if (outputVar && elemOutput !== null)
      d.write(`${outputVar}[${iVar}] = ${elemOutput};`);
  });
  doc.write(`}`);
  return outputVar;
}
function generateLiteralCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const values = def.values;
  if (values.length !== 1) {
    const literalSet = addConstant(ctx, new Set(values));
    doc.write(`if (!${literalSet}.has(${accessor})) return INVALID;`);
    return accessor;
  }
  const value = values[0];
  if (typeof value === "number" && Number.isNaN(value)) {
    const literalSet = addConstant(ctx, new Set(values));
    doc.write(`if (!${literalSet}.has(${accessor})) return INVALID;`);
    return accessor;
  }
  if (typeof value === "string") {
    doc.write(`if (${accessor} !== ${esc(value)}) return INVALID;`);
  } else if (typeof value === "number" || typeof value === "boolean") {
    doc.write(`if (${accessor} !== ${value}) return INVALID;`);
  } else if (value === null) {
    doc.write(`if (${accessor} !== null) return INVALID;`);
  } else if (value === void 0) {
    doc.write(`if (${accessor} !== undefined) return INVALID;`);
  } else if (typeof value === "bigint") {
    doc.write(`if (${accessor} !== ${value}n) return INVALID;`);
  } else {
    throw new ZodCompileUnsupportedError(`literal type ${typeof value}`);
  }
  return accessor;
}
function generateEnumCheck(doc, ctx, schema, accessor) {
  const values = schema._zod.values;
  if (!values) {
    throw new ZodCompileUnsupportedError("enum schema without enumerated values");
  }
  const enumSet = addConstant(ctx, values);
  doc.write(`if (!${enumSet}.has(${accessor})) return INVALID;`);
  return accessor;
}
function generateWrapperCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  return generateCheck(doc, ctx, def.innerType, accessor);
}
function generateDefaultCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const descriptor = Object.getOwnPropertyDescriptor(schema._zod.def, "defaultValue");
  const defaultGetter = descriptor ? () => schema._zod.def.defaultValue : void 0;
  if (schema._zod.def.type === "prefault") {
    if (!defaultGetter) {
      return generateCheck(doc, ctx, def.innerType, accessor);
    }
    const defaultFn = addConstant(ctx, defaultGetter);
    const inputVar = newVar(ctx);
    doc.write(`let ${inputVar} = ${accessor};`);
    doc.write(`if (${accessor} === undefined) ${inputVar} = ${defaultFn}();`);
    return generateCheck(doc, ctx, def.innerType, inputVar);
  }
  const outputVar = newVar(ctx);
  if (defaultGetter) {
    const defaultFn = addConstant(ctx, defaultGetter);
    const cloneFn = addConstant(ctx, shallowClone);
    doc.write(`let ${outputVar};`);
    doc.write(`if (${accessor} === undefined) {`);
    doc.indented((d) => {
      d.write(`${outputVar} = ${cloneFn}(${defaultFn}());`);
    });
    doc.write(`} else {`);
    doc.indented((d) => {
      const innerOutput = generateCheck(d, ctx, def.innerType, accessor);
      d.write(`${outputVar} = ${innerOutput} === undefined ? ${cloneFn}(${defaultFn}()) : ${innerOutput};`);
    });
    doc.write(`}`);
  } else {
    doc.write(`let ${outputVar};`);
    doc.write(`if (${accessor} !== undefined) {`);
    doc.indented((d) => {
      const innerOutput = generateCheck(d, ctx, def.innerType, accessor);
      d.write(`${outputVar} = ${innerOutput};`);
    });
    doc.write(`}`);
  }
  return outputVar;
}
function generateNonOptionalCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const innerOutput = generateCheck(doc, ctx, def.innerType, accessor);
  const outputVar = newVar(ctx);
  doc.write(`const ${outputVar} = ${innerOutput};`);
  doc.write(`if (${outputVar} === undefined) return INVALID;`);
  return outputVar;
}
function generateTupleCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const items = def.items;
  const rest = def.rest;
  doc.write(`if (!Array.isArray(${accessor})) return INVALID;`);
  const optinStart = getTupleOptStart2(items, "optin");
  const optoutStart = getTupleOptStart2(items, "optout");
  if (rest) {
    doc.write(`if (${accessor}.length < ${optinStart}) return INVALID;`);
  } else {
    doc.write(`if (${accessor}.length < ${optinStart} || ${accessor}.length > ${items.length}) return INVALID;`);
  }
  const outputVar = newVar(ctx);
  doc.write(`const ${outputVar} = [];`);
  for (let i = 0; i < items.length; i++) {
    const itemSchema = items[i];
    if (i >= optoutStart) {
      doc.write(`if (${outputVar}.length === ${i}) {`);
      doc.indented((d) => {
        d.write(`if (${i} < ${accessor}.length) {`);
        d.indented((d2) => {
          const elemVar = newVar(ctx);
          d2.write(`const ${elemVar} = ${accessor}[${i}];`);
          const elemOutput = compileChild(d2, ctx, itemSchema, elemVar);
          d2.write(`${outputVar}[${i}] = ${elemOutput};`);
        });
        d.write(`} else {`);
        d.indented((d2) => {
          if (dropsWhenAbsent(itemSchema)) {
            d2.write(`${outputVar}.length = ${i};`);
            return;
          }
          const elemVar = newVar(ctx);
          const branchVar = newVar(ctx);
          d2.write(`const ${elemVar} = undefined;`);
          d2.write(`const ${branchVar} = (() => {`);
          d2.indented((d3) => {
            const elemOutput = compileChild(d3, ctx, itemSchema, elemVar);
            d3.write(`return ${elemOutput};`);
          });
          d2.write(`})();`);
          d2.write(`if (${branchVar} === INVALID || ${branchVar} === undefined) ${outputVar}.length = ${i};`);
          d2.write(`else ${outputVar}[${i}] = ${branchVar};`);
        });
        d.write(`}`);
      });
      doc.write(`}`);
    } else {
      const elemVar = newVar(ctx);
      doc.write(`const ${elemVar} = ${accessor}[${i}];`);
      const elemOutput = compileChild(doc, ctx, itemSchema, elemVar);
      doc.write(`${outputVar}[${i}] = ${elemOutput};`);
    }
  }
  if (rest) {
    const iVar = newVar(ctx);
    const elemVar = newVar(ctx);
    doc.write(`for (let ${iVar} = ${items.length}; ${iVar} < ${accessor}.length; ${iVar}++) {`);
    doc.indented((d) => {
      d.write(`const ${elemVar} = ${accessor}[${iVar}];`);
      const elemOutput = compileChild(d, ctx, rest, elemVar);
      d.write(`${outputVar}[${iVar}] = ${elemOutput};`);
    });
    doc.write(`}`);
  }
  return outputVar;
}
function getTupleOptStart2(items, key) {
  for (let i = items.length - 1; i >= 0; i--) {
    const omittable = key === "optin" ? items[i]._zod.optin !== void 0 : items[i]._zod.optout === "optional";
    if (!omittable)
      return i + 1;
  }
  return 0;
}
function generateUnionCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const options = def.options;
  if (def.discriminator) {
    return generateDiscriminatedUnionCheck(doc, ctx, def, accessor);
  }
  if (def.inclusive === false) {
    throw new ZodCompileUnsupportedError("exclusive unions (z.xor)");
  }
  if (options.length === 0) {
    doc.write("return INVALID;");
    return accessor;
  }
  if (options.length === 1) {
    return generateCheck(doc, ctx, options[0], accessor);
  }
  const allLiterals = options.every((opt) => opt._zod.def.type === "literal" && !opt._zod.def.checks?.length);
  if (allLiterals) {
    const values = new Set(options.flatMap((opt) => opt._zod.def.values));
    const valuesConst = addConstant(ctx, values);
    doc.write(`if (!${valuesConst}.has(${accessor})) return INVALID;`);
    return accessor;
  }
  const outputVar = newVar(ctx);
  doc.write(`let ${outputVar};`);
  for (let i = 0; i < options.length; i++) {
    const opt = options[i];
    if (i === 0) {
      doc.write(`${outputVar} = (() => {`);
    } else {
      doc.write(`if (${outputVar} === INVALID) ${outputVar} = (() => {`);
    }
    doc.indented((d) => {
      const branchOutput = generateCheck(d, ctx, opt, accessor);
      d.write(`return ${branchOutput};`);
    });
    doc.write(`})();`);
  }
  doc.write(`if (${outputVar} === INVALID) return INVALID;`);
  return outputVar;
}
function generateDiscriminatedUnionCheck(doc, ctx, def, accessor) {
  if (def.unionFallback) {
    throw new ZodCompileUnsupportedError("discriminated union with unionFallback");
  }
  if (def.options.length === 0) {
    doc.write("return INVALID;");
    return accessor;
  }
  const discVar = newVar(ctx);
  const outputVar = newVar(ctx);
  doc.write(`const ${discVar} = ${accessor}?.[${esc(def.discriminator)}];`);
  doc.write(`let ${outputVar};`);
  let firstBranch = true;
  const claimed = /* @__PURE__ */ new Set();
  for (const option of def.options) {
    const values = option._zod.propValues?.[def.discriminator];
    if (!values || values.size === 0) {
      throw new ZodCompileUnsupportedError("discriminated union option without static discriminator values");
    }
    for (const value of values) {
      if (claimed.has(value)) {
        throw new ZodCompileUnsupportedError(`duplicate discriminator value ${String(value)}`);
      }
      claimed.add(value);
    }
    const conditions = Array.from(values, (value) => literalEquality(ctx, discVar, value));
    const prefix = firstBranch ? "if" : "else if";
    doc.write(`${prefix} (${conditions.join(" || ")}) {`);
    doc.indented((d) => {
      const branchOutput = generateCheck(d, ctx, option, accessor);
      d.write(`${outputVar} = ${branchOutput};`);
    });
    doc.write(`}`);
    firstBranch = false;
  }
  doc.write(`else { return INVALID; }`);
  return outputVar;
}
function literalEquality(ctx, accessor, value) {
  if (typeof value === "string")
    return `${accessor} === ${esc(value)}`;
  if (typeof value === "number") {
    if (Number.isNaN(value))
      return `Number.isNaN(${accessor})`;
    return `${accessor} === ${value}`;
  }
  if (typeof value === "boolean")
    return `${accessor} === ${value}`;
  if (value === null)
    return `${accessor} === null`;
  if (value === void 0)
    return `${accessor} === undefined`;
  if (typeof value === "bigint")
    return `${accessor} === ${value}n`;
  if (typeof value === "symbol") {
    const symbolConst = addConstant(ctx, value);
    return `${accessor} === ${symbolConst}`;
  }
  throw new ZodCompileUnsupportedError(`literal discriminator value ${String(value)}`);
}
function generateIntersectionCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  ctx.definite = false;
  const leftOutput = compileChild(doc, ctx, def.left, accessor);
  const rightOutput = compileChild(doc, ctx, def.right, accessor);
  const mergeConst = addConstant(ctx, mergeValues);
  const mergedVar = newVar(ctx);
  doc.write(`const ${mergedVar} = ${mergeConst}(${leftOutput}, ${rightOutput});`);
  doc.write(`if (!${mergedVar}.valid) return INVALID;`);
  return `${mergedVar}.data`;
}
function generateRecordCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const isPlainObjectConst = addConstant(ctx, isPlainObject);
  doc.write(`if (!${isPlainObjectConst}(${accessor})) return INVALID;`);
  const outputVar = newVar(ctx);
  const kVar = newVar(ctx);
  const valVar = newVar(ctx);
  doc.write(`const ${outputVar} = {};`);
  const recordDef = def;
  const keyValues = recordDef.partial ? void 0 : def.keyType._zod.values;
  if (keyValues) {
    const inputKeys = [];
    for (const key of keyValues) {
      if (!(typeof key === "string" || typeof key === "number" || typeof key === "symbol")) {
        throw new ZodCompileUnsupportedError(`record key value ${String(key)}`);
      }
      const inputKey = typeof key === "number" ? key.toString() : key;
      if (inputKey === "__proto__") {
        throw new ZodCompileUnsupportedError('record key "__proto__"');
      }
      inputKeys.push(inputKey);
      const keyConst = addConstant(ctx, key);
      const outKey = generateCheck(doc, ctx, def.keyType, keyConst);
      const valueVar = newVar(ctx);
      doc.write(`const ${valueVar} = ${accessor}[${literalPropertyKey(ctx, inputKey)}];`);
      const valOutput = compileChild(doc, ctx, def.valueType, valueVar);
      doc.write(`${outputVar}[${outKey}] = ${valOutput};`);
    }
    const knownKeysConst = addConstant(ctx, new Set(inputKeys));
    doc.write(`for (const ${kVar} in ${accessor}) {`);
    doc.indented((d) => {
      d.write(`if (${knownKeysConst}.has(${kVar})) continue;`);
      if (recordDef.mode === "loose") {
        d.write(`if (${kVar} !== "__proto__") ${outputVar}[${kVar}] = ${accessor}[${kVar}];`);
      } else {
        d.write(`return INVALID;`);
      }
    });
    doc.write(`}`);
    return outputVar;
  }
  const keyDef = def.keyType._zod.def;
  const keyIsBareString = keyDef.type === "string" && keyDef.format === void 0 && !keyDef.coerce && (keyDef.checks?.length ?? 0) === 0;
  if (!keyIsBareString) {
    const isLoose = def.mode === "loose";
    const keyFn = compileFn(def.keyType);
    if (keyFn.definite === false)
      ctx.definite = false;
    const keyFast = addConstant(ctx, keyFn);
    const numericConst = addConstant(ctx, number);
    const outKeyVar = newVar(ctx);
    emitOwnKeys(doc, ctx, accessor, kVar, (d) => {
      d.write(`let ${outKeyVar} = ${keyFast}(${kVar});`);
      d.write(`if (${outKeyVar} === INVALID && typeof ${kVar} === "string" && ${numericConst}.test(${kVar})) ${outKeyVar} = ${keyFast}(Number(${kVar}));`);
      if (isLoose) {
        d.write(`if (${outKeyVar} === INVALID) { ${outputVar}[${kVar}] = ${accessor}[${kVar}]; continue; }`);
      } else {
        d.write(`if (${outKeyVar} === INVALID) return INVALID;`);
      }
      d.write(`if (${outKeyVar} === "__proto__") continue;`);
      const valueVar = newVar(ctx);
      d.write(`const ${valueVar} = ${accessor}[${kVar}];`);
      const valOutput = compileChild(d, ctx, def.valueType, valueVar);
      d.write(`${outputVar}[${outKeyVar}] = ${valOutput};`);
    });
    return outputVar;
  }
  emitOwnKeys(doc, ctx, accessor, kVar, (d) => {
    d.write(`const ${valVar} = ${accessor}[${kVar}];`);
    const valOutput = compileChild(d, ctx, def.valueType, valVar);
    d.write(`${outputVar}[${kVar}] = ${valOutput};`);
  }, `return INVALID;`);
  return outputVar;
}
function emitOwnKeys(doc, ctx, accessor, kVar, body, onSymbol) {
  const propIsEnumerableConst = addConstant(ctx, Object.prototype.propertyIsEnumerable);
  const symsVar = newVar(ctx);
  const keysVar = newVar(ctx);
  const iVar = newVar(ctx);
  doc.write(`const ${symsVar} = Object.getOwnPropertySymbols(${accessor});`);
  doc.write(`const ${keysVar} = Object.getOwnPropertyNames(${accessor});`);
  doc.write(`for (let ${iVar} = 0; ${iVar} < ${keysVar}.length; ${iVar}++) {`);
  doc.indented((d) => {
    d.write(`const ${kVar} = ${keysVar}[${iVar}];`);
    d.write(`if (${kVar} === "__proto__" || !${propIsEnumerableConst}.call(${accessor}, ${kVar})) continue;`);
    body(d);
  });
  doc.write(`}`);
  doc.write(`for (let ${iVar} = 0; ${iVar} < ${symsVar}.length; ${iVar}++) {`);
  doc.indented((d) => {
    d.write(`const ${kVar} = ${symsVar}[${iVar}];`);
    d.write(`if (!${propIsEnumerableConst}.call(${accessor}, ${kVar})) continue;`);
    if (onSymbol)
      d.write(onSymbol);
    else
      body(d);
  });
  doc.write(`}`);
}
function literalPropertyKey(ctx, key) {
  if (typeof key === "string")
    return esc(key);
  return addConstant(ctx, key);
}
function generateMapCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  doc.write(`if (!(${accessor} instanceof Map)) return INVALID;`);
  generateSizeGate(doc, schema, `${accessor}.size`);
  const outputVar = newVar(ctx);
  const kVar = newVar(ctx);
  const valVar = newVar(ctx);
  doc.write(`const ${outputVar} = new Map();`);
  doc.write(`for (const [${kVar}, ${valVar}] of ${accessor}) {`);
  doc.indented((d) => {
    const keyOutput = generateCheck(d, ctx, def.keyType, kVar);
    const valOutput = generateCheck(d, ctx, def.valueType, valVar);
    d.write(`${outputVar}.set(${keyOutput}, ${valOutput});`);
  });
  doc.write(`}`);
  return outputVar;
}
function generateSetCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  doc.write(`if (!(${accessor} instanceof Set)) return INVALID;`);
  generateSizeGate(doc, schema, `${accessor}.size`);
  const outputVar = newVar(ctx);
  const valVar = newVar(ctx);
  doc.write(`const ${outputVar} = new Set();`);
  doc.write(`for (const ${valVar} of ${accessor}) {`);
  doc.indented((d) => {
    const valOutput = generateCheck(d, ctx, def.valueType, valVar);
    d.write(`${outputVar}.add(${valOutput});`);
  });
  doc.write(`}`);
  return outputVar;
}
function generateFileCheck(doc, accessor) {
  doc.write(`if (!(${accessor} instanceof File)) return INVALID;`);
  return accessor;
}
function generateTemplateLiteralCheck(doc, ctx, schema, accessor) {
  doc.write(`if (typeof ${accessor} !== "string") return INVALID;`);
  const pattern = schema._zod.pattern;
  if (pattern) {
    const patternConst = addConstant(ctx, pattern);
    doc.write(`${patternConst}.lastIndex = 0;`);
    doc.write(`if (!${patternConst}.test(${accessor})) return INVALID;`);
  }
  return accessor;
}
function generateLazyCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const getterConst = addUserConstant(ctx, def.getter);
  const cacheConst = addConstant(ctx, { parser: null });
  doc.write(`if (!${cacheConst}.parser) {`);
  doc.indented((d) => {
    d.write(`const inner = ${getterConst}();`);
    d.write(`${cacheConst}.parser = function(input) {`);
    d.indented((d2) => {
      d2.write(`const result = inner._zod.run({ value: input, issues: [] }, {});`);
      d2.write(`return result.issues.length === 0 ? result.value : INVALID;`);
    });
    d.write(`};`);
  });
  doc.write(`}`);
  const outputVar = newVar(ctx);
  doc.write(`const ${outputVar} = ${cacheConst}.parser(${accessor});`);
  doc.write(`if (${outputVar} === INVALID) return INVALID;`);
  return outputVar;
}
function generatePipeCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const inputOutput = generateCheck(doc, ctx, def.in, accessor);
  if (def.transform) {
    if (isAsyncFunction(def.transform)) {
      throw new ZodCompileAsyncError("z.compile: async transforms in pipes are not supported");
    }
    const transformFn = def.transform;
    const helperFn = (value) => {
      const fakePayload = { value, issues: [], addIssue: pushIssue };
      const result = transformFn(value, fakePayload);
      if (result instanceof Promise)
        return INVALID;
      return fakePayload.issues.length === 0 ? result : INVALID;
    };
    const helperConst = addUserConstant(ctx, helperFn);
    const transformedVar = newVar(ctx);
    doc.write(`const ${transformedVar} = ${helperConst}(${inputOutput});`);
    doc.write(`if (${transformedVar} === INVALID) return INVALID;`);
    return generateCheck(doc, ctx, def.out, transformedVar);
  } else {
    return generateCheck(doc, ctx, def.out, inputOutput);
  }
}
function isAsyncFunction(fn) {
  return typeof fn === "function" && (fn.constructor.name === "AsyncFunction" || fn[Symbol.toStringTag] === "AsyncFunction");
}
function generateCustomCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  if (def.fn) {
    if (isAsyncFunction(def.fn)) {
      throw new ZodCompileAsyncError("z.compile: async custom predicates are not supported");
    }
    const fnConst = addUserConstant(ctx, def.fn);
    const throwAsyncConst = addConstant(ctx, throwAsync);
    const resVar = newVar(ctx);
    doc.write(`const ${resVar} = ${fnConst}(${accessor});`);
    doc.write(`if (${resVar} instanceof Promise) ${throwAsyncConst}();`);
    doc.write(`if (!${resVar}) return INVALID;`);
  } else {
    throw new ZodCompileUnsupportedError("custom schema without a predicate function");
  }
  return accessor;
}
function runtimeCatch(innerSchema, catchValue, value) {
  const result = innerSchema._zod.run({ value, issues: [] }, {});
  if (result && typeof result.then === "function")
    return INVALID;
  const r = result;
  if (r.issues.length === 0)
    return r.value;
  return catchValue();
}
function generateCatchCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  if (!def.catchValue[CONSTANT_CATCH]) {
    throw new ZodCompileUnsupportedError("catch with a callback (only a constant catch value compiles)", false);
  }
  const outputVar = newVar(ctx);
  doc.write(`let ${outputVar} = (() => {`);
  doc.indented((d) => {
    const innerOut = compileChild(d, ctx, def.innerType, accessor);
    d.write(`return ${innerOut};`);
  });
  doc.write(`})();`);
  const innerConst = addConstant(ctx, def.innerType);
  const catchConst = addUserConstant(ctx, def.catchValue);
  const catchHelperConst = addConstant(ctx, runtimeCatch);
  doc.write(`if (${outputVar} === INVALID) {`);
  doc.indented((d) => {
    d.write(`${outputVar} = ${catchHelperConst}(${innerConst}, ${catchConst}, ${accessor});`);
    d.write(`if (${outputVar} === INVALID) return INVALID;`);
  });
  doc.write(`}`);
  return outputVar;
}
function generateTransformCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  if (def.transform) {
    if (isAsyncFunction(def.transform)) {
      throw new ZodCompileAsyncError("z.compile: async transforms are not supported");
    }
    const transformFn = def.transform;
    const helperFn = (value) => {
      const fakePayload = { value, issues: [], addIssue: pushIssue };
      const result = transformFn(value, fakePayload);
      if (result instanceof Promise)
        return INVALID;
      return fakePayload.issues.length === 0 ? result : INVALID;
    };
    const helperConst = addUserConstant(ctx, helperFn);
    const outputVar = newVar(ctx);
    doc.write(`const ${outputVar} = ${helperConst}(${accessor});`);
    doc.write(`if (${outputVar} === INVALID) return INVALID;`);
    return outputVar;
  }
  return accessor;
}

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", coerce: true, ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class2, params) {
  return new Class2({
    type: "string",
    format: "mac",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class2, params) {
  return new Class2({
    type: "string",
    format: "credit_card",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class2, params) {
  return new Class2({
    type: "string",
    format: "iban",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
var TimePrecision = {
  Any: null,
  Minute: -1,
  Second: 0,
  Millisecond: 3,
  Microsecond: 6
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", coerce: true, checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "float32",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "float64",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "int32",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "uint32",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class2, params) {
  return new Class2({
    type: "boolean",
    coerce: true,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class2, params) {
  return new Class2({
    type: "bigint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class2, params) {
  return new Class2({
    type: "bigint",
    coerce: true,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class2, params) {
  return new Class2({
    type: "bigint",
    check: "bigint_format",
    abort: false,
    format: "int64",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class2, params) {
  return new Class2({
    type: "bigint",
    check: "bigint_format",
    abort: false,
    format: "uint64",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class2, params) {
  return new Class2({
    type: "symbol",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _undefined2(Class2, params) {
  return new Class2({
    type: "undefined",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _null2(Class2, params) {
  return new Class2({
    type: "null",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _any(Class2) {
  return new Class2({
    type: "any"
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _void(Class2, params) {
  return new Class2({
    type: "void",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _date(Class2, params) {
  return new Class2({
    type: "date",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class2, params) {
  return new Class2({
    type: "date",
    coerce: true,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class2, params) {
  return new Class2({
    type: "nan",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
  return /* @__PURE__ */ _gt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _negative(params) {
  return /* @__PURE__ */ _lt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
  return /* @__PURE__ */ _lte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
  return /* @__PURE__ */ _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
  return new $ZodCheckMultipleOf({
    check: "multiple_of",
    ...normalizeParams(params),
    value
  });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
  return new $ZodCheckMaxSize({
    check: "max_size",
    ...normalizeParams(params),
    maximum
  });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
  return new $ZodCheckMinSize({
    check: "min_size",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
  return new $ZodCheckSizeEquals({
    check: "size_equals",
    ...normalizeParams(params),
    size
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
  return new $ZodCheckProperty({
    check: "property",
    property,
    schema,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
  return new $ZodCheckProperties({
    check: "properties",
    shape,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
  return new $ZodCheckMimeType({
    check: "mime_type",
    mime: types,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input2) => input2.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input2) => input2.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input2) => input2.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input2) => input2.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input2) => slugify(input2));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _union(Class2, options, params) {
  return new Class2({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
function _xor(Class2, options, params) {
  return new Class2({
    type: "union",
    options,
    inclusive: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class2, discriminator, options, params) {
  return new Class2({
    type: "union",
    options,
    discriminator,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class2, left, right) {
  return new Class2({
    type: "intersection",
    left,
    right
  });
}
// @__NO_SIDE_EFFECTS__
function _tuple(Class2, items, _paramsOrRest, _params) {
  const hasRest = _paramsOrRest instanceof $ZodType;
  const params = hasRest ? _params : _paramsOrRest;
  const rest = hasRest ? _paramsOrRest : null;
  return new Class2({
    type: "tuple",
    items,
    rest,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _record(Class2, keyType, valueType, params) {
  return new Class2({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _map(Class2, keyType, valueType, params) {
  return new Class2({
    type: "map",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _set(Class2, valueType, params) {
  return new Class2({
    type: "set",
    valueType,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class2, values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new Class2({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nativeEnum(Class2, entries, params) {
  return new Class2({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class2, value, params) {
  return new Class2({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _file(Class2, params) {
  return new Class2({
    type: "file",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class2, fn) {
  return new Class2({
    type: "transform",
    transform: fn
  });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class2, innerType) {
  return new Class2({
    type: "optional",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class2, innerType) {
  return new Class2({
    type: "nullable",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function _default(Class2, innerType, defaultValue) {
  return new Class2({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class2, innerType, params) {
  return new Class2({
    type: "nonoptional",
    innerType,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _success(Class2, innerType) {
  return new Class2({
    type: "success",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class2, innerType, catchValue) {
  return new Class2({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : constantCatch(catchValue)
  });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class2, in_, out) {
  return new Class2({
    type: "pipe",
    in: in_,
    out
  });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class2, innerType) {
  return new Class2({
    type: "readonly",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class2, parts, params) {
  return new Class2({
    type: "template_literal",
    parts,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class2, getter) {
  return new Class2({
    type: "lazy",
    getter
  });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class2, innerType) {
  return new Class2({
    type: "promise",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class2, fn, _params) {
  const norm = normalizeParams(_params);
  norm.abort ?? (norm.abort = true);
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...norm
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
  const ch = new $ZodCheck({ check: "describe" });
  ch._zod.onattach = [
    (inst) => {
      const existing = globalRegistry.get(inst) ?? {};
      globalRegistry.add(inst, { ...existing, description });
    }
  ];
  ch._zod.check = () => {
  };
  return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
  const ch = new $ZodCheck({ check: "meta" });
  ch._zod.onattach = [
    (inst) => {
      const existing = globalRegistry.get(inst) ?? {};
      globalRegistry.add(inst, { ...existing, ...metadata });
    }
  ];
  ch._zod.check = () => {
  };
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
  const params = normalizeParams(_params);
  let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
  let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
  if (params.case !== "sensitive") {
    truthyArray = truthyArray.map((v) => typeof v === "string" ? v.toLowerCase() : v);
    falsyArray = falsyArray.map((v) => typeof v === "string" ? v.toLowerCase() : v);
  }
  const truthySet = new Set(truthyArray);
  const falsySet = new Set(falsyArray);
  const _Codec = Classes.Codec ?? $ZodCodec;
  const _Boolean = Classes.Boolean ?? $ZodBoolean;
  const _String = Classes.String ?? $ZodString;
  const stringSchema = new _String({ type: "string", error: params.error });
  const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
  const codec2 = new _Codec({
    type: "pipe",
    in: stringSchema,
    out: booleanSchema,
    transform: ((input2, payload) => {
      let data = input2;
      if (params.case !== "sensitive")
        data = data.toLowerCase();
      if (truthySet.has(data)) {
        return true;
      } else if (falsySet.has(data)) {
        return false;
      } else {
        payload.issues.push({
          code: "invalid_value",
          expected: "stringbool",
          values: [...truthySet, ...falsySet],
          input: payload.value,
          inst: codec2,
          continue: false
        });
        return {};
      }
    }),
    reverseTransform: ((input2, _payload) => {
      if (input2 === true) {
        return truthyArray[0] || "true";
      } else {
        return falsyArray[0] || "false";
      }
    }),
    error: params.error
  });
  codec2._zod.bag.truthy = truthyArray;
  codec2._zod.bag.falsy = falsyArray;
  codec2._zod.bag.case = params.case ?? "insensitive";
  return codec2;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class2, format, fnOrRegex, _params = {}) {
  const params = normalizeParams(_params);
  const def = {
    check: "string_format",
    type: "string",
    format,
    fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
    ...params
  };
  if (fnOrRegex instanceof RegExp) {
    def.pattern = fnOrRegex;
  }
  const inst = new Class2(def);
  return inst;
}

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema, ctx, json2, params, message) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  Object.assign(json2, result);
  return true;
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema._zod.def;
  const seen = ctx.seen.get(schema);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema) {
      schema._zod.processJSONSchema(ctx, result.schema, params);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema, ctx, _json, params);
    }
    const parent = schema._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta3 = ctx.metadataRegistry.get(schema);
  if (meta3)
    assignProps(result.schema, meta3);
  if (ctx.io === "input" && isTransforming(schema)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema2 = seen.schema;
    for (const key in schema2) {
      delete schema2[key];
    }
    schema2.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema) {
  const options = schema.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
    return;
  const types = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member !== "string")
        return;
      if (!types.includes(member))
        types.push(member);
    }
  }
  delete schema.anyOf;
  schema.type = types.length === 1 ? types[0] : types;
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object2 of objects) {
    for (const key in object2.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object2.required ?? [])
      required2.add(key);
  }
  const folded = { type: "object", properties };
  if (required2.size)
    folded.required = [...required2];
  if (objects.every((object2) => object2.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object2 of objects) {
      const constraint = undeclaredConstraint(object2);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json2) {
  const allOf = json2.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json2)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union2 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union2);
    const branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json2.allOf;
  assignProps(json2, folded);
}
function finalize(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema2 = seen.def ?? seen.schema;
    const _cached = { ...schema2 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema2.allOf = schema2.allOf ?? [];
        schema2.allOf.push(refSchema);
      } else {
        assignProps(schema2, refSchema);
      }
      assignProps(schema2, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema2[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema2[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema2.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema2[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json2 of [seen.schema, seen.def]) {
          const allOf = json2?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json2);
          else
            carriers.set(allOf, [json2]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json2 of carriers.get(allOf) ?? [])
          foldIntersection(json2);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item2 of def.items) {
      if (isTransforming(item2, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
  const ctx = initializeContext({ ...params, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};
var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
  const { libraryOptions, target } = params ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};

// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
  agg.format = format;
  if (format.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
  setFormat(agg, def.format);
  const [minimum, maximum] = ranges[def.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
  greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
  less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
  multiple_of: (agg, def) => addDivisor(agg, def.value),
  number_format: formatContributor(NUMBER_FORMAT_RANGES),
  bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
  min_length: minContributor,
  max_length: maxContributor,
  length_equals: (agg, def) => narrowBoth(agg, def.length),
  min_size: minContributor,
  max_size: maxContributor,
  size_equals: (agg, def) => narrowBoth(agg, def.size),
  string_format: (agg, def) => {
    setFormat(agg, def.format);
    if (def.pattern)
      addPattern(agg, def.pattern);
    if (def.format === "base64" || def.format === "base64url")
      agg.contentEncoding = def.format;
    if (def.local || def.precision === -1)
      agg.laxFormat = true;
  },
  mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
  const agg = {};
  const def = schema._zod.def;
  const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema, ctx, _json, _params) => {
  const json2 = _json;
  json2.type = "string";
  const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json2.minLength = minimum;
  if (typeof maximum === "number")
    json2.maxLength = maximum;
  if (format) {
    json2.format = formatMap[format] ?? format;
    if (json2.format === "")
      delete json2.format;
    if (format === "time" || laxFormat) {
      delete json2.format;
    }
  }
  if (contentEncoding)
    json2.contentEncoding = contentEncoding;
  if (patterns && patterns.size > 0) {
    const patternList = [...patterns].map(exactPattern);
    if (patternList.length === 1)
      json2.pattern = patternList[0].source;
    else if (patternList.length > 1) {
      json2.allOf = [
        ...patternList.map((regex) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex.source
        }))
      ];
    }
  }
};
var numberProcessor = (schema, ctx, _json, params) => {
  const json2 = _json;
  const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
  json2.type = isInt ? "integer" : "number";
  const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
  const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
  const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
  if (exMin) {
    if (legacy) {
      json2.minimum = exclusiveMinimum;
      json2.exclusiveMinimum = true;
    } else {
      json2.exclusiveMinimum = exclusiveMinimum;
    }
  } else if (typeof minimum === "number") {
    json2.minimum = minimum;
  }
  if (exMax) {
    if (legacy) {
      json2.maximum = exclusiveMaximum;
      json2.exclusiveMaximum = true;
    } else {
      json2.exclusiveMaximum = exclusiveMaximum;
    }
  } else if (typeof maximum === "number") {
    json2.maximum = maximum;
  }
  if (multipleOf) {
    const divisors = /* @__PURE__ */ new Set();
    for (const divisor of multipleOf) {
      if (Number.isFinite(divisor) && divisor !== 0)
        divisors.add(Math.abs(divisor));
      else
        handleUnrepresentable(schema, ctx, json2, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
    }
    const [first, ...rest] = divisors;
    if (first !== void 0)
      json2.multipleOf = first;
    if (rest.length)
      json2.allOf = [...json2.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
  }
};
var booleanProcessor = (_schema, _ctx, json2, _params) => {
  json2.type = "boolean";
};
var bigintProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "BigInt cannot be represented in JSON Schema");
};
var symbolProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Symbols cannot be represented in JSON Schema");
};
var nullProcessor = (_schema, ctx, json2, _params) => {
  if (ctx.target === "openapi-3.0") {
    json2.type = "string";
    json2.nullable = true;
    json2.enum = [null];
  } else {
    json2.type = "null";
  }
};
var undefinedProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Undefined cannot be represented in JSON Schema");
};
var voidProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Void cannot be represented in JSON Schema");
};
var neverProcessor = (_schema, _ctx, json2, _params) => {
  json2.not = {};
};
var anyProcessor = (_schema, _ctx, _json, _params) => {
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var dateProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Date cannot be represented in JSON Schema");
};
var enumProcessor = (schema, _ctx, json2, _params) => {
  const def = schema._zod.def;
  const values = getEnumValues(def.entries);
  if (values.length === 0) {
    json2.not = {};
    return;
  }
  if (values.every((v) => typeof v === "number"))
    json2.type = "number";
  if (values.every((v) => typeof v === "string"))
    json2.type = "string";
  json2.enum = values;
};
var literalProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  if (def.values.length === 0) {
    json2.not = {};
    return;
  }
  const vals = [];
  for (const val of def.values) {
    if (val === void 0) {
      if (handleUnrepresentable(schema, ctx, json2, params, "Literal `undefined` cannot be represented in JSON Schema"))
        return;
    } else if (typeof val === "bigint") {
      if (handleUnrepresentable(schema, ctx, json2, params, "BigInt literals cannot be represented in JSON Schema"))
        return;
      vals.push(Number(val));
    } else {
      vals.push(val);
    }
  }
  if (vals.length === 0) {
  } else if (vals.length === 1) {
    const val = vals[0];
    json2.type = val === null ? "null" : typeof val;
    if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
      json2.enum = [val];
    } else {
      json2.const = val;
    }
  } else {
    if (vals.every((v) => typeof v === "number"))
      json2.type = "number";
    if (vals.every((v) => typeof v === "string"))
      json2.type = "string";
    if (vals.every((v) => typeof v === "boolean"))
      json2.type = "boolean";
    if (vals.every((v) => v === null))
      json2.type = "null";
    json2.enum = vals;
  }
};
var nanProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "NaN cannot be represented in JSON Schema");
};
var templateLiteralProcessor = (schema, _ctx, json2, _params) => {
  const _json = json2;
  const pattern = schema._zod.pattern;
  if (!pattern)
    throw new Error("Pattern not found in template literal");
  _json.type = "string";
  _json.pattern = pattern.source;
};
var fileProcessor = (schema, _ctx, json2, _params) => {
  const _json = json2;
  _json.type = "string";
  _json.format = "binary";
  _json.contentEncoding = "binary";
  const { minimum, maximum, mime } = aggregateChecks(schema);
  if (minimum !== void 0)
    _json.minLength = minimum;
  if (maximum !== void 0)
    _json.maxLength = maximum;
  if (!mime)
    return;
  if (mime.length === 0)
    _json.not = {};
  else if (mime.length === 1)
    _json.contentMediaType = mime[0];
  else
    _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
var successProcessor = (_schema, _ctx, json2, _params) => {
  json2.type = "boolean";
};
var customProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Custom types cannot be represented in JSON Schema");
};
var functionProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Function types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Transforms cannot be represented in JSON Schema");
};
var mapProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Map cannot be represented in JSON Schema");
};
var setProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Set cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params) => {
  const json2 = _json;
  const def = schema._zod.def;
  const { minimum, maximum } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json2.minItems = minimum;
  if (typeof maximum === "number")
    json2.maxItems = maximum;
  json2.type = "array";
  json2.items = processSchema(def.element, ctx, {
    ...params,
    path: [...params.path, "items"]
  });
};
function inputOptin(schema) {
  const def = schema._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema._zod.optin;
}
var objectProcessor = (schema, ctx, _json, params) => {
  const json2 = _json;
  const def = schema._zod.def;
  const shape = def.shape;
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  if (symbolKeys.length && handleUnrepresentable(schema, ctx, json2, params, "Symbol keys cannot be represented in JSON Schema")) {
    return;
  }
  json2.type = "object";
  json2.properties = {};
  for (const key in shape) {
    assignProp(json2.properties, key, processSchema(shape[key], ctx, {
      ...params,
      path: [...params.path, "properties", key]
    }));
  }
  const requiredKeys = [];
  for (const key of Object.keys(shape)) {
    const field = def.shape[key];
    if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
      requiredKeys.push(key);
    }
  }
  if (requiredKeys.length > 0) {
    json2.required = requiredKeys;
  }
  if (def.catchall?._zod.def.type === "never") {
    json2.additionalProperties = false;
  } else if (!def.catchall) {
    if (ctx.io === "output")
      json2.additionalProperties = false;
  } else if (def.catchall) {
    json2.additionalProperties = processSchema(def.catchall, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
};
var unionProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  const isExclusive = def.inclusive === false;
  const options = def.options.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
  }));
  if (isExclusive) {
    json2.oneOf = options;
  } else {
    json2.anyOf = options;
  }
};
var intersectionProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  const a = processSchema(def.left, ctx, {
    ...params,
    path: [...params.path, "allOf", 0]
  });
  const b = processSchema(def.right, ctx, {
    ...params,
    path: [...params.path, "allOf", 1]
  });
  const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
  const allOf = [
    ...isSimpleIntersection(a) ? a.allOf : [a],
    ...isSimpleIntersection(b) ? b.allOf : [b]
  ];
  json2.allOf = allOf;
  ctx.intersections.push(allOf);
};
var tupleProcessor = (schema, ctx, _json, params) => {
  const json2 = _json;
  const def = schema._zod.def;
  json2.type = "array";
  const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
  const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
  const prefixItems = def.items.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, prefixPath, i]
  }));
  const rest = def.rest ? processSchema(def.rest, ctx, {
    ...params,
    path: [...params.path, restPath, ...ctx.target === "openapi-3.0" ? [def.items.length] : []]
  }) : null;
  let minItems = def.items.length;
  while (minItems > 0) {
    const item2 = def.items[minItems - 1];
    const optional2 = ctx.io === "input" ? inputOptin(item2) !== void 0 : item2._zod.optout === "optional";
    if (!optional2)
      break;
    minItems--;
  }
  const maxItems = def.items.length;
  const isClosed = !def.rest;
  if (ctx.target === "draft-2020-12") {
    json2.prefixItems = prefixItems;
    if (isClosed) {
      json2.items = false;
    } else if (rest) {
      json2.items = rest;
    }
    if (minItems > 0)
      json2.minItems = minItems;
    if (isClosed)
      json2.maxItems = maxItems;
  } else if (ctx.target === "openapi-3.0") {
    json2.items = {
      anyOf: prefixItems
    };
    if (rest) {
      json2.items.anyOf.push(rest);
    }
    if (minItems > 0)
      json2.minItems = minItems;
    if (isClosed)
      json2.maxItems = maxItems;
  } else {
    json2.items = prefixItems;
    if (isClosed) {
      json2.additionalItems = false;
    } else if (rest) {
      json2.additionalItems = rest;
    }
    if (minItems > 0)
      json2.minItems = minItems;
    if (isClosed)
      json2.maxItems = maxItems;
  }
  const { minimum, maximum } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json2.minItems = minimum;
  if (typeof maximum === "number")
    json2.maxItems = maximum;
};
function stringifyKeyNames(bySchema, json2, visited) {
  if (json2.$ref) {
    if (visited.has(json2))
      return json2;
    visited.add(json2);
    const def = bySchema.get(json2)?.def;
    if (!def)
      return json2;
    const inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json2 : inlined;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = json2[keyword];
    if (!Array.isArray(branches))
      continue;
    const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    if (mapped.some((branch, i) => branch !== branches[i]))
      json2 = { ...json2, [keyword]: mapped };
  }
  const types = Array.isArray(json2.type) ? json2.type : [json2.type];
  const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
  const values = json2.enum ?? (json2.const !== void 0 ? [json2.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v === "number"))
    return json2;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json2;
  if (rest.enum)
    rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
  else if (typeof rest.const === "number")
    rest.const = String(rest.const);
  if (!numericType)
    return rest;
  rest.type = "string";
  if (!values)
    rest.pattern = (types.includes("number") ? number : integer).source;
  return rest;
}
var pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
  const bySchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.values()) {
    if (entry.def && !bySchema.has(entry.schema))
      bySchema.set(entry.schema, entry);
  }
  const rewrites = /* @__PURE__ */ new Map();
  for (const record2 of pendingRecords.get(ctx) ?? []) {
    const seen = ctx.seen.get(record2);
    const names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === true || rewrites.has(names))
      continue;
    const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    if (rewritten !== names)
      rewrites.set(names, rewritten);
  }
  if (!rewrites.size)
    return;
  for (const entry of ctx.seen.values()) {
    for (const carrier of [entry.schema, entry.def]) {
      const rewritten = carrier && rewrites.get(carrier.propertyNames);
      if (rewritten)
        carrier.propertyNames = rewritten;
    }
  }
}
var recordProcessor = (schema, ctx, _json, params) => {
  const json2 = _json;
  const def = schema._zod.def;
  json2.type = "object";
  const keyType = def.keyType;
  const patterns = aggregateChecks(keyType).patterns;
  if (def.mode === "loose" && patterns && patterns.size > 0) {
    const valueSchema = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "patternProperties", "*"]
    });
    json2.patternProperties = {};
    for (const pattern of patterns) {
      assignProp(json2.patternProperties, exactPattern(pattern).source, valueSchema);
    }
  } else {
    if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
      json2.propertyNames = processSchema(def.keyType, ctx, {
        ...params,
        path: [...params.path, "propertyNames"]
      });
      let pending = pendingRecords.get(ctx);
      if (!pending) {
        pending = [];
        pendingRecords.set(ctx, pending);
        ctx.deferred.push(() => rewriteKeyNames(ctx));
      }
      pending.push(schema);
    }
    json2.additionalProperties = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
  const keyValues = keyType._zod.values;
  const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
  if (keyValues && !def.partial && !omittableOnInput) {
    const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
    if (validKeyValues.length > 0) {
      json2.required = validKeyValues.map(String);
    }
  }
};
var nullableProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  const inner = processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  if (ctx.target === "openapi-3.0") {
    seen.ref = def.innerType;
    json2.nullable = true;
  } else {
    json2.anyOf = [inner, { type: "null" }];
  }
};
var nonoptionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
function serializeDefaultValue(value, schema, ctx, json2, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema, ctx, json2, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json2, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json2.default = value;
};
var prefaultProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  if (ctx.io !== "input")
    return;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json2, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json2._prefault = value;
};
var catchProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  let catchValue;
  try {
    catchValue = def.catchValue(void 0);
  } catch {
    handleUnrepresentable(schema, ctx, json2, params, "Dynamic catch values are not supported in JSON Schema");
    return;
  }
  json2.default = catchValue;
};
var pipeProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  const inIsTransform = def.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = innerType;
};
var readonlyProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  json2.readOnly = true;
};
var promiseProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var optionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var lazyProcessor = (schema, ctx, _json, params) => {
  const innerType = schema._zod.innerType;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = innerType;
};
var allProcessors = {
  string: stringProcessor,
  number: numberProcessor,
  boolean: booleanProcessor,
  bigint: bigintProcessor,
  symbol: symbolProcessor,
  null: nullProcessor,
  undefined: undefinedProcessor,
  void: voidProcessor,
  never: neverProcessor,
  any: anyProcessor,
  unknown: unknownProcessor,
  date: dateProcessor,
  enum: enumProcessor,
  literal: literalProcessor,
  nan: nanProcessor,
  template_literal: templateLiteralProcessor,
  file: fileProcessor,
  success: successProcessor,
  custom: customProcessor,
  function: functionProcessor,
  transform: transformProcessor,
  map: mapProcessor,
  set: setProcessor,
  array: arrayProcessor,
  object: objectProcessor,
  union: unionProcessor,
  intersection: intersectionProcessor,
  tuple: tupleProcessor,
  record: recordProcessor,
  nullable: nullableProcessor,
  nonoptional: nonoptionalProcessor,
  default: defaultProcessor,
  prefault: prefaultProcessor,
  catch: catchProcessor,
  pipe: pipeProcessor,
  readonly: readonlyProcessor,
  promise: promiseProcessor,
  optional: optionalProcessor,
  lazy: lazyProcessor
};
function toJSONSchema(input2, params) {
  if ("_idmap" in input2) {
    const registry2 = input2;
    const ctx2 = initializeContext({ ...params, processors: allProcessors });
    const defs = {};
    for (const entry of registry2._idmap.entries()) {
      const [_, schema] = entry;
      processSchema(schema, ctx2);
    }
    const schemas = {};
    const external = {
      registry: registry2,
      uri: params?.uri,
      defs
    };
    ctx2.external = external;
    for (const entry of registry2._idmap.entries()) {
      const [key, schema] = entry;
      extractDefs(ctx2, schema);
      assignProp(schemas, key, finalize(ctx2, schema));
    }
    if (Object.keys(defs).length > 0) {
      const defsSegment = ctx2.target === "draft-2020-12" ? "$defs" : "definitions";
      schemas.__shared = {
        [defsSegment]: defs
      };
    }
    return { schemas };
  }
  const ctx = initializeContext({ ...params, processors: allProcessors });
  processSchema(input2, ctx);
  extractDefs(ctx, input2);
  return finalize(ctx, input2);
}

// node_modules/zod/v4/core/json-schema-generator.js
var JSONSchemaGenerator = class {
  /** @deprecated Access via ctx instead */
  get metadataRegistry() {
    return this.ctx.metadataRegistry;
  }
  /** @deprecated Access via ctx instead */
  get target() {
    return this.ctx.target;
  }
  // annotated so the .d.cts emits an indexed access rather than an inline `import()` of an ESM path
  /** @deprecated Access via ctx instead */
  get unrepresentable() {
    return this.ctx.unrepresentable;
  }
  /** @deprecated Access via ctx instead */
  get override() {
    return this.ctx.override;
  }
  /** @deprecated Access via ctx instead */
  get io() {
    return this.ctx.io;
  }
  /** @deprecated Access via ctx instead */
  get counter() {
    return this.ctx.counter;
  }
  set counter(value) {
    this.ctx.counter = value;
  }
  /** @deprecated Access via ctx instead */
  get seen() {
    return this.ctx.seen;
  }
  constructor(params) {
    let normalizedTarget = params?.target ?? "draft-2020-12";
    if (normalizedTarget === "draft-4")
      normalizedTarget = "draft-04";
    if (normalizedTarget === "draft-7")
      normalizedTarget = "draft-07";
    this.ctx = initializeContext({
      processors: allProcessors,
      target: normalizedTarget,
      ...params?.metadata && { metadata: params.metadata },
      ...params?.unrepresentable && { unrepresentable: params.unrepresentable },
      ...params?.override && { override: params.override },
      ...params?.io && { io: params.io }
    });
  }
  /**
   * Process a schema to prepare it for JSON Schema generation.
   * This must be called before emit().
   */
  process(schema, _params = { path: [], schemaPath: [] }) {
    return processSchema(schema, this.ctx, _params);
  }
  /**
   * Emit the final JSON Schema after processing.
   * Must call process() first.
   */
  emit(schema, _params) {
    if (_params) {
      if (_params.cycles)
        this.ctx.cycles = _params.cycles;
      if (_params.reused)
        this.ctx.reused = _params.reused;
      if (_params.external)
        this.ctx.external = _params.external;
    }
    this.ctx.sharedDefsExtractedFor = void 0;
    this.ctx.sharedEmitDoneFor = void 0;
    extractDefs(this.ctx, schema);
    const result = finalize(this.ctx, schema);
    const { "~standard": _, ...plainResult } = result;
    return plainResult;
  }
};

// node_modules/zod/v4/core/json-schema.js
var json_schema_exports = {};

// node_modules/zod/v4/classic/schemas.js
var schemas_exports2 = {};
__export(schemas_exports2, {
  ZodAny: () => ZodAny,
  ZodArray: () => ZodArray,
  ZodBase64: () => ZodBase64,
  ZodBase64URL: () => ZodBase64URL,
  ZodBigInt: () => ZodBigInt,
  ZodBigIntFormat: () => ZodBigIntFormat,
  ZodBoolean: () => ZodBoolean,
  ZodCIDRv4: () => ZodCIDRv4,
  ZodCIDRv6: () => ZodCIDRv6,
  ZodCUID: () => ZodCUID,
  ZodCUID2: () => ZodCUID2,
  ZodCatch: () => ZodCatch,
  ZodCodec: () => ZodCodec,
  ZodCreditCard: () => ZodCreditCard,
  ZodCustom: () => ZodCustom,
  ZodCustomStringFormat: () => ZodCustomStringFormat,
  ZodDate: () => ZodDate,
  ZodDefault: () => ZodDefault,
  ZodDiscriminatedUnion: () => ZodDiscriminatedUnion,
  ZodE164: () => ZodE164,
  ZodEmail: () => ZodEmail,
  ZodEmoji: () => ZodEmoji,
  ZodEnum: () => ZodEnum,
  ZodExactOptional: () => ZodExactOptional,
  ZodFile: () => ZodFile,
  ZodFunction: () => ZodFunction,
  ZodGUID: () => ZodGUID,
  ZodIBAN: () => ZodIBAN,
  ZodIPv4: () => ZodIPv4,
  ZodIPv6: () => ZodIPv6,
  ZodISODate: () => ZodISODate,
  ZodISODateTime: () => ZodISODateTime,
  ZodISODuration: () => ZodISODuration,
  ZodISOTime: () => ZodISOTime,
  ZodInstanceOf: () => ZodInstanceOf,
  ZodIntersection: () => ZodIntersection,
  ZodJWT: () => ZodJWT,
  ZodKSUID: () => ZodKSUID,
  ZodLazy: () => ZodLazy,
  ZodLiteral: () => ZodLiteral,
  ZodMAC: () => ZodMAC,
  ZodMap: () => ZodMap,
  ZodNaN: () => ZodNaN,
  ZodNanoID: () => ZodNanoID,
  ZodNever: () => ZodNever,
  ZodNonOptional: () => ZodNonOptional,
  ZodNull: () => ZodNull,
  ZodNullable: () => ZodNullable,
  ZodNumber: () => ZodNumber,
  ZodNumberFormat: () => ZodNumberFormat,
  ZodObject: () => ZodObject,
  ZodOptional: () => ZodOptional,
  ZodPipe: () => ZodPipe,
  ZodPrefault: () => ZodPrefault,
  ZodPreprocess: () => ZodPreprocess,
  ZodPromise: () => ZodPromise,
  ZodReadonly: () => ZodReadonly,
  ZodRecord: () => ZodRecord,
  ZodSet: () => ZodSet,
  ZodString: () => ZodString,
  ZodStringFormat: () => ZodStringFormat,
  ZodSuccess: () => ZodSuccess,
  ZodSymbol: () => ZodSymbol,
  ZodTemplateLiteral: () => ZodTemplateLiteral,
  ZodTransform: () => ZodTransform,
  ZodTuple: () => ZodTuple,
  ZodType: () => ZodType,
  ZodULID: () => ZodULID,
  ZodURL: () => ZodURL,
  ZodUUID: () => ZodUUID,
  ZodUndefined: () => ZodUndefined,
  ZodUnion: () => ZodUnion,
  ZodUnknown: () => ZodUnknown,
  ZodVoid: () => ZodVoid,
  ZodXID: () => ZodXID,
  ZodXor: () => ZodXor,
  _ZodString: () => _ZodString,
  _default: () => _default2,
  _function: () => _function,
  any: () => any,
  array: () => array,
  base64: () => base642,
  base64url: () => base64url2,
  bigint: () => bigint2,
  boolean: () => boolean2,
  catch: () => _catch2,
  check: () => check,
  cidrv4: () => cidrv42,
  cidrv6: () => cidrv62,
  codec: () => codec,
  creditCard: () => creditCard2,
  cuid: () => cuid3,
  cuid2: () => cuid22,
  currencyCode: () => currencyCode2,
  custom: () => custom,
  date: () => date2,
  describe: () => describe2,
  discriminatedUnion: () => discriminatedUnion,
  e164: () => e1642,
  email: () => email2,
  emoji: () => emoji2,
  enum: () => _enum2,
  exactOptional: () => exactOptional,
  file: () => file,
  float32: () => float32,
  float64: () => float64,
  function: () => _function,
  guid: () => guid2,
  hash: () => hash,
  hex: () => hex2,
  hostname: () => hostname2,
  httpUrl: () => httpUrl,
  iban: () => iban2,
  instanceof: () => _instanceof,
  int: () => int,
  int32: () => int32,
  int64: () => int64,
  intersection: () => intersection,
  invertCodec: () => invertCodec,
  ipv4: () => ipv42,
  ipv6: () => ipv62,
  json: () => json,
  jwt: () => jwt,
  keyof: () => keyof,
  ksuid: () => ksuid2,
  lazy: () => lazy,
  literal: () => literal,
  looseObject: () => looseObject,
  looseRecord: () => looseRecord,
  mac: () => mac2,
  map: () => map,
  meta: () => meta2,
  nan: () => nan,
  nanoid: () => nanoid2,
  nativeEnum: () => nativeEnum,
  never: () => never,
  nonoptional: () => nonoptional,
  null: () => _null3,
  nullable: () => nullable,
  nullish: () => nullish2,
  number: () => number2,
  object: () => object,
  optional: () => optional,
  partialRecord: () => partialRecord,
  pipe: () => pipe,
  prefault: () => prefault,
  preprocess: () => preprocess,
  promise: () => promise,
  readonly: () => readonly,
  record: () => record,
  refine: () => refine,
  set: () => set,
  strictObject: () => strictObject,
  string: () => string2,
  stringFormat: () => stringFormat,
  stringbool: () => stringbool,
  success: () => success,
  superRefine: () => superRefine,
  symbol: () => symbol,
  templateLiteral: () => templateLiteral,
  transform: () => transform,
  tuple: () => tuple,
  uint32: () => uint32,
  uint64: () => uint64,
  ulid: () => ulid2,
  undefined: () => _undefined3,
  union: () => union,
  unknown: () => unknown,
  url: () => url,
  uuid: () => uuid2,
  uuidv4: () => uuidv4,
  uuidv6: () => uuidv6,
  uuidv7: () => uuidv7,
  void: () => _void2,
  xid: () => xid2,
  xor: () => xor
});

// node_modules/zod/v4/classic/checks.js
var checks_exports2 = {};
__export(checks_exports2, {
  endsWith: () => _endsWith,
  gt: () => _gt,
  gte: () => _gte,
  includes: () => _includes,
  length: () => _length,
  lowercase: () => _lowercase,
  lt: () => _lt,
  lte: () => _lte,
  maxLength: () => _maxLength,
  maxSize: () => _maxSize,
  mime: () => _mime,
  minLength: () => _minLength,
  minSize: () => _minSize,
  multipleOf: () => _multipleOf,
  negative: () => _negative,
  nonnegative: () => _nonnegative,
  nonpositive: () => _nonpositive,
  normalize: () => _normalize,
  overwrite: () => _overwrite,
  positive: () => _positive,
  properties: () => _properties,
  property: () => _property,
  regex: () => _regex,
  size: () => _size,
  slugify: () => _slugify,
  startsWith: () => _startsWith,
  toLowerCase: () => _toLowerCase,
  toUpperCase: () => _toUpperCase,
  trim: () => _trim,
  uppercase: () => _uppercase
});

// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var initializer2 = (inst, issues) => {
  $ZodError.init(inst, issues);
  inst.name = "ZodError";
  const proto = Object.getPrototypeOf(inst);
  if (_installedErrorProtos.has(proto))
    return;
  _installedErrorProtos.add(proto);
  _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
  _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
  _lazyMethod(proto, "addIssue", (self) => (issue2) => {
    self.issues.push(issue2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  _lazyMethod(proto, "addIssues", (self) => (issues2) => {
    self.issues.push(...issues2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  Object.defineProperty(proto, "isEmpty", {
    configurable: true,
    enumerable: false,
    get() {
      return this.issues.length === 0;
    }
  });
};
var ZodError = /* @__PURE__ */ $constructor("ZodError", initializer2);
var ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
  Parent: Error
});

// node_modules/zod/v4/classic/parse.js
var parse2 = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync2 = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse2 = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync2 = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode2 = /* @__PURE__ */ _encode(ZodRealError);
var decode2 = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync2 = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync2 = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode2 = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode2 = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync2 = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync2 = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
var ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
  _ensureDefaultLocale();
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
  return inst;
}, {
  check(...chks) {
    const def = this.def;
    return this.clone(util_exports.mergeDefs(def, {
      checks: [
        ...def.checks ?? [],
        ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }), { parent: true });
  },
  with(...chks) {
    return this.check(...chks);
  },
  clone(def, params) {
    return clone(this, def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta3) {
    reg.add(this, meta3);
    return this;
  },
  refine(check2, params) {
    return this.check(refine(check2, params));
  },
  superRefine(refinement, params) {
    return this.check(superRefine(refinement, params));
  },
  overwrite(fn) {
    return this.check(_overwrite(fn));
  },
  optional() {
    return optional(this);
  },
  exactOptional() {
    return exactOptional(this);
  },
  nullable() {
    return nullable(this);
  },
  nullish() {
    return optional(nullable(this));
  },
  nonoptional(params) {
    return nonoptional(this, params);
  },
  array() {
    return array(this);
  },
  or(arg) {
    return union([this, arg]);
  },
  and(arg) {
    return intersection(this, arg);
  },
  transform(tx) {
    return pipe(this, transform(tx));
  },
  default(d) {
    return _default2(this, d);
  },
  prefault(d) {
    return prefault(this, d);
  },
  catch(params) {
    return _catch2(this, params);
  },
  pipe(target) {
    return pipe(this, target);
  },
  readonly() {
    return readonly(this);
  },
  describe(description) {
    const cl = this.clone();
    globalRegistry.add(cl, { description });
    return cl;
  },
  meta(...args) {
    if (args.length === 0)
      return globalRegistry.get(this);
    const cl = this.clone();
    globalRegistry.add(cl, args[0]);
    return cl;
  },
  isOptional() {
    return this.safeParse(void 0).success;
  },
  isNullable() {
    return this.safeParse(null).success;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  },
  // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
  get "~standard"() {
    return util_exports.hide(this, "~standard", {
      ...standardProps(this),
      jsonSchema: {
        input: createStandardJSONSchemaMethod(this, "input"),
        output: createStandardJSONSchemaMethod(this, "output")
      }
    });
  },
  set "~standard"(value) {
    util_exports.own(this, "~standard", value);
  },
  parse: function _parse2(data, params) {
    return parse2(this, data, params, { callee: _parse2 });
  },
  parseAsync: async function _parseAsync2(data, params) {
    return await parseAsync2(this, data, params, { callee: _parseAsync2 });
  },
  safeParse(data, params) {
    return safeParse2(this, data, params);
  },
  async safeParseAsync(data, params) {
    return safeParseAsync2(this, data, params);
  },
  // `spa` is an alias: same function object as `safeParseAsync`, as before.
  get spa() {
    return this?.safeParseAsync;
  },
  set spa(value) {
    util_exports.own(this, "spa", value);
  },
  validate(data, params) {
    return validate(this, data, params);
  },
  validateAsync(data, params) {
    return validateAsync(this, data, params);
  },
  encode: function _encode2(data, params) {
    return encode2(this, data, params, { callee: _encode2 });
  },
  decode: function _decode2(data, params) {
    return decode2(this, data, params, { callee: _decode2 });
  },
  encodeAsync: async function _encodeAsync2(data, params) {
    return await encodeAsync2(this, data, params, { callee: _encodeAsync2 });
  },
  decodeAsync: async function _decodeAsync2(data, params) {
    return await decodeAsync2(this, data, params, { callee: _decodeAsync2 });
  },
  safeEncode(data, params) {
    return safeEncode2(this, data, params);
  },
  safeDecode(data, params) {
    return safeDecode2(this, data, params);
  },
  async safeEncodeAsync(data, params) {
    return safeEncodeAsync2(this, data, params);
  },
  async safeDecodeAsync(data, params) {
    return safeDecodeAsync2(this, data, params);
  },
  toJSONSchema(params) {
    return createToJSONSchemaMethod(this, {})(params);
  },
  // Reads through to the registry on every access, so it must not cache.
  get description() {
    return globalRegistry.get(this)?.description;
  },
  // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
  get _def() {
    return this._zod.def;
  }
});
var _ZodString = /* @__PURE__ */ $constructor(
  "_ZodString",
  (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => stringProcessor(inst, ctx, json2, params);
  },
  /* @__PURE__ */ util_exports.derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null
  }, {
    regex(...args) {
      return this.check(_regex(...args));
    },
    includes(...args) {
      return this.check(_includes(...args));
    },
    startsWith(...args) {
      return this.check(_startsWith(...args));
    },
    endsWith(...args) {
      return this.check(_endsWith(...args));
    },
    min(...args) {
      return this.check(_minLength(...args));
    },
    max(...args) {
      return this.check(_maxLength(...args));
    },
    length(...args) {
      return this.check(_length(...args));
    },
    nonempty(...args) {
      return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
      return this.check(_lowercase(params));
    },
    uppercase(params) {
      return this.check(_uppercase(params));
    },
    trim() {
      return this.check(_trim());
    },
    normalize(...args) {
      return this.check(_normalize(...args));
    },
    toLowerCase() {
      return this.check(_toLowerCase());
    },
    toUpperCase() {
      return this.check(_toUpperCase());
    },
    slugify() {
      return this.check(_slugify());
    }
  })
);
var ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
  $ZodString.init(inst, def);
  _ZodString.init(inst, def);
}, {
  email(params) {
    return this.check(_email(ZodEmail, params));
  },
  url(params) {
    return this.check(_url(ZodURL, params));
  },
  jwt(params) {
    return this.check(_jwt(ZodJWT, params));
  },
  emoji(params) {
    return this.check(_emoji2(ZodEmoji, params));
  },
  guid(params) {
    return this.check(_guid(ZodGUID, params));
  },
  uuid(params) {
    return this.check(_uuid(ZodUUID, params));
  },
  uuidv4(params) {
    return this.check(_uuidv4(ZodUUID, params));
  },
  uuidv6(params) {
    return this.check(_uuidv6(ZodUUID, params));
  },
  uuidv7(params) {
    return this.check(_uuidv7(ZodUUID, params));
  },
  nanoid(params) {
    return this.check(_nanoid(ZodNanoID, params));
  },
  cuid(params) {
    return this.check(_cuid(ZodCUID, params));
  },
  cuid2(params) {
    return this.check(_cuid2(ZodCUID2, params));
  },
  ulid(params) {
    return this.check(_ulid(ZodULID, params));
  },
  base64(params) {
    return this.check(_base64(ZodBase64, params));
  },
  base64url(params) {
    return this.check(_base64url(ZodBase64URL, params));
  },
  xid(params) {
    return this.check(_xid(ZodXID, params));
  },
  ksuid(params) {
    return this.check(_ksuid(ZodKSUID, params));
  },
  ipv4(params) {
    return this.check(_ipv4(ZodIPv4, params));
  },
  ipv6(params) {
    return this.check(_ipv6(ZodIPv6, params));
  },
  cidrv4(params) {
    return this.check(_cidrv4(ZodCIDRv4, params));
  },
  cidrv6(params) {
    return this.check(_cidrv6(ZodCIDRv6, params));
  },
  e164(params) {
    return this.check(_e164(ZodE164, params));
  },
  datetime(params) {
    return this.check(_isoDateTime(ZodISODateTime, params));
  },
  date(params) {
    return this.check(_isoDate(ZodISODate, params));
  },
  time(params) {
    return this.check(_isoTime(ZodISOTime, params));
  },
  duration(params) {
    return this.check(_isoDuration(ZodISODuration, params));
  }
});
function string2(params) {
  return _string(ZodString, params);
}
var ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  _ZodString.init(inst, def);
});
var ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
  $ZodISODateTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
  $ZodISODate.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
  $ZodISOTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
  $ZodISODuration.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
  $ZodEmail.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function email2(params) {
  return _email(ZodEmail, params);
}
var ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
  $ZodGUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function guid2(params) {
  return _guid(ZodGUID, params);
}
var ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
  $ZodUUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function uuid2(params) {
  return _uuid(ZodUUID, params);
}
function uuidv4(params) {
  return _uuidv4(ZodUUID, params);
}
function uuidv6(params) {
  return _uuidv6(ZodUUID, params);
}
function uuidv7(params) {
  return _uuidv7(ZodUUID, params);
}
var ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
  $ZodURL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function url(params) {
  return _url(ZodURL, params);
}
function httpUrl(params) {
  return _url(ZodURL, {
    protocol: httpProtocol,
    hostname: domain,
    ...util_exports.normalizeParams(params)
  });
}
var ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
  $ZodEmoji.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function emoji2(params) {
  return _emoji2(ZodEmoji, params);
}
var ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
  $ZodNanoID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function nanoid2(params) {
  return _nanoid(ZodNanoID, params);
}
var ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
  $ZodCUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function cuid3(params) {
  return _cuid(ZodCUID, params);
}
var ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
  $ZodCUID2.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function cuid22(params) {
  return _cuid2(ZodCUID2, params);
}
var ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
  $ZodULID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function ulid2(params) {
  return _ulid(ZodULID, params);
}
var ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
  $ZodXID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function xid2(params) {
  return _xid(ZodXID, params);
}
var ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
  $ZodKSUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function ksuid2(params) {
  return _ksuid(ZodKSUID, params);
}
var ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
  $ZodIPv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function ipv42(params) {
  return _ipv4(ZodIPv4, params);
}
var ZodMAC = /* @__PURE__ */ $constructor("ZodMAC", (inst, def) => {
  $ZodMAC.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function mac2(params) {
  return _mac(ZodMAC, params);
}
var ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
  $ZodIPv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function ipv62(params) {
  return _ipv6(ZodIPv6, params);
}
var ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
  $ZodCIDRv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function cidrv42(params) {
  return _cidrv4(ZodCIDRv4, params);
}
var ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
  $ZodCIDRv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function cidrv62(params) {
  return _cidrv6(ZodCIDRv6, params);
}
var ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
  $ZodBase64.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function base642(params) {
  return _base64(ZodBase64, params);
}
var ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
  $ZodBase64URL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function base64url2(params) {
  return _base64url(ZodBase64URL, params);
}
var ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
  $ZodE164.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function e1642(params) {
  return _e164(ZodE164, params);
}
var ZodCreditCard = /* @__PURE__ */ $constructor("ZodCreditCard", (inst, def) => {
  $ZodCreditCard.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function creditCard2(params) {
  return _creditCard(ZodCreditCard, params);
}
var ZodIBAN = /* @__PURE__ */ $constructor("ZodIBAN", (inst, def) => {
  $ZodIBAN.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function iban2(params) {
  return _iban(ZodIBAN, params);
}
var ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
  $ZodJWT.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function jwt(params) {
  return _jwt(ZodJWT, params);
}
var ZodCustomStringFormat = /* @__PURE__ */ $constructor("ZodCustomStringFormat", (inst, def) => {
  $ZodCustomStringFormat.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function stringFormat(format, fnOrRegex, _params = {}) {
  return _stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function hostname2(_params) {
  return _stringFormat(ZodCustomStringFormat, "hostname", hostname, _params);
}
function hex2(_params) {
  return _stringFormat(ZodCustomStringFormat, "hex", hex, _params);
}
function currencyCode2(_params) {
  return _stringFormat(ZodCustomStringFormat, "currency_code", currencyCode, _params);
}
function hash(alg, params) {
  const enc = params?.enc ?? "hex";
  const format = `${alg}_${enc}`;
  const regex = regexes_exports[format];
  if (!regex)
    throw new Error(`Unrecognized hash format: ${format}`);
  return _stringFormat(ZodCustomStringFormat, format, regex, params);
}
var ZodNumber = /* @__PURE__ */ $constructor(
  "ZodNumber",
  (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => numberProcessor(inst, ctx, json2, params);
    inst.isFinite = true;
  },
  /* @__PURE__ */ util_exports.derived({
    minValue: (inst) => {
      const { minimum, exclusiveMinimum } = aggregateChecks(inst);
      return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
      const { maximum, exclusiveMaximum } = aggregateChecks(inst);
      return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
      const { isInt, multipleOf } = aggregateChecks(inst);
      return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null
  }, {
    gt(value, params) {
      return this.check(_gt(value, params));
    },
    gte(value, params) {
      return this.check(_gte(value, params));
    },
    min(value, params) {
      return this.check(_gte(value, params));
    },
    lt(value, params) {
      return this.check(_lt(value, params));
    },
    lte(value, params) {
      return this.check(_lte(value, params));
    },
    max(value, params) {
      return this.check(_lte(value, params));
    },
    int(params) {
      return this.check(int(params));
    },
    safe(params) {
      return this.check(int(params));
    },
    positive(params) {
      return this.check(_gt(0, params));
    },
    nonnegative(params) {
      return this.check(_gte(0, params));
    },
    negative(params) {
      return this.check(_lt(0, params));
    },
    nonpositive(params) {
      return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
      return this.check(_multipleOf(value, params));
    },
    step(value, params) {
      return this.check(_multipleOf(value, params));
    },
    finite() {
      return this;
    }
  })
);
function number2(params) {
  return _number(ZodNumber, params);
}
var ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodNumber.init(inst, def);
});
function int(params) {
  return _int(ZodNumberFormat, params);
}
function float32(params) {
  return _float32(ZodNumberFormat, params);
}
function float64(params) {
  return _float64(ZodNumberFormat, params);
}
function int32(params) {
  return _int32(ZodNumberFormat, params);
}
function uint32(params) {
  return _uint32(ZodNumberFormat, params);
}
var ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => booleanProcessor(inst, ctx, json2, params);
});
function boolean2(params) {
  return _boolean(ZodBoolean, params);
}
var ZodBigInt = /* @__PURE__ */ $constructor(
  "ZodBigInt",
  (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => bigintProcessor(inst, ctx, json2, params);
  },
  /* @__PURE__ */ util_exports.derived({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null
  }, {
    gte(value, params) {
      return this.check(_gte(value, params));
    },
    min(value, params) {
      return this.check(_gte(value, params));
    },
    gt(value, params) {
      return this.check(_gt(value, params));
    },
    lt(value, params) {
      return this.check(_lt(value, params));
    },
    lte(value, params) {
      return this.check(_lte(value, params));
    },
    max(value, params) {
      return this.check(_lte(value, params));
    },
    positive(params) {
      return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
      return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
      return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
      return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
      return this.check(_multipleOf(value, params));
    }
  })
);
function bigint2(params) {
  return _bigint(ZodBigInt, params);
}
var ZodBigIntFormat = /* @__PURE__ */ $constructor("ZodBigIntFormat", (inst, def) => {
  $ZodBigIntFormat.init(inst, def);
  ZodBigInt.init(inst, def);
});
function int64(params) {
  return _int64(ZodBigIntFormat, params);
}
function uint64(params) {
  return _uint64(ZodBigIntFormat, params);
}
var ZodSymbol = /* @__PURE__ */ $constructor("ZodSymbol", (inst, def) => {
  $ZodSymbol.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => symbolProcessor(inst, ctx, json2, params);
});
function symbol(params) {
  return _symbol(ZodSymbol, params);
}
var ZodUndefined = /* @__PURE__ */ $constructor("ZodUndefined", (inst, def) => {
  $ZodUndefined.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => undefinedProcessor(inst, ctx, json2, params);
});
function _undefined3(params) {
  return _undefined2(ZodUndefined, params);
}
var ZodNull = /* @__PURE__ */ $constructor("ZodNull", (inst, def) => {
  $ZodNull.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => nullProcessor(inst, ctx, json2, params);
});
function _null3(params) {
  return _null2(ZodNull, params);
}
var ZodAny = /* @__PURE__ */ $constructor("ZodAny", (inst, def) => {
  $ZodAny.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => anyProcessor(inst, ctx, json2, params);
});
function any() {
  return _any(ZodAny);
}
var ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => unknownProcessor(inst, ctx, json2, params);
});
function unknown() {
  return _unknown(ZodUnknown);
}
var ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => neverProcessor(inst, ctx, json2, params);
});
function never(params) {
  return _never(ZodNever, params);
}
var ZodVoid = /* @__PURE__ */ $constructor("ZodVoid", (inst, def) => {
  $ZodVoid.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => voidProcessor(inst, ctx, json2, params);
});
function _void2(params) {
  return _void(ZodVoid, params);
}
var ZodDate = /* @__PURE__ */ $constructor(
  "ZodDate",
  (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => dateProcessor(inst, ctx, json2, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
  },
  /* @__PURE__ */ util_exports.derived({
    minDate: (inst) => {
      const { minimum } = aggregateChecks(inst);
      return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
      const { maximum } = aggregateChecks(inst);
      return maximum ? new Date(maximum) : null;
    }
  }, {})
);
function date2(params) {
  return _date(ZodDate, params);
}
var ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodArray.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => arrayProcessor(inst, ctx, json2, params);
  inst.element = def.element;
}, {
  min(n, params) {
    return this.check(_minLength(n, params));
  },
  nonempty(params) {
    return this.check(_minLength(1, params));
  },
  max(n, params) {
    return this.check(_maxLength(n, params));
  },
  length(n, params) {
    return this.check(_length(n, params));
  },
  unwrap() {
    return this.element;
  }
});
function array(element, params) {
  return _array(ZodArray, element, params);
}
function keyof(schema) {
  const shape = schema._zod.def.shape;
  return _enum2(Object.keys(shape));
}
var ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodObjectJIT.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => objectProcessor(inst, ctx, json2, params);
  util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
  keyof() {
    return _enum2(Object.keys(this._zod.def.shape));
  },
  catchall(catchall) {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
  },
  passthrough() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  loose() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  strict() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
  },
  strip() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
  },
  extend(incoming) {
    return util_exports.extend(this, incoming);
  },
  safeExtend(incoming) {
    return util_exports.safeExtend(this, incoming);
  },
  merge(other) {
    return util_exports.merge(this, other);
  },
  pick(mask) {
    return util_exports.pick(this, mask);
  },
  omit(mask) {
    return util_exports.omit(this, mask);
  },
  partial(...args) {
    return util_exports.partial(ZodOptional, this, args[0]);
  },
  exactPartial(...args) {
    return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
  },
  required(...args) {
    return util_exports.required(ZodNonOptional, this, args[0]);
  }
});
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...util_exports.normalizeParams(params)
  };
  return new ZodObject(def);
}
function strictObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: never(),
    ...util_exports.normalizeParams(params)
  });
}
function looseObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: unknown(),
    ...util_exports.normalizeParams(params)
  });
}
var ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => unionProcessor(inst, ctx, json2, params);
  inst.options = def.options;
});
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
var ZodXor = /* @__PURE__ */ $constructor("ZodXor", (inst, def) => {
  ZodUnion.init(inst, def);
  $ZodXor.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => unionProcessor(inst, ctx, json2, params);
  inst.options = def.options;
});
function xor(options, params) {
  return new ZodXor({
    type: "union",
    options,
    inclusive: false,
    ...util_exports.normalizeParams(params)
  });
}
var ZodDiscriminatedUnion = /* @__PURE__ */ $constructor("ZodDiscriminatedUnion", (inst, def) => {
  ZodUnion.init(inst, def);
  $ZodDiscriminatedUnion.init(inst, def);
});
function discriminatedUnion(discriminator, options, params) {
  return new ZodDiscriminatedUnion({
    type: "union",
    options,
    discriminator,
    ...util_exports.normalizeParams(params)
  });
}
var ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
  $ZodIntersection.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => intersectionProcessor(inst, ctx, json2, params);
});
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
var ZodTuple = /* @__PURE__ */ $constructor("ZodTuple", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodTuple.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => tupleProcessor(inst, ctx, json2, params);
}, {
  rest(rest) {
    return this.clone({
      ...this._zod.def,
      rest
    });
  },
  partial() {
    const def = this._zod.def;
    if (def.checks?.length)
      throw new Error(".partial() cannot be used on tuple schemas containing refinements");
    return this.clone({
      ...def,
      items: def.items.map((item2) => new ZodOptional({ type: "optional", innerType: item2 }))
    });
  }
});
function tuple(items, _paramsOrRest, _params) {
  const hasRest = _paramsOrRest instanceof $ZodType;
  const params = hasRest ? _params : _paramsOrRest;
  const rest = hasRest ? _paramsOrRest : null;
  return new ZodTuple({
    type: "tuple",
    items,
    rest,
    ...util_exports.normalizeParams(params)
  });
}
var ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodRecord.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => recordProcessor(inst, ctx, json2, params);
  inst.keyType = def.keyType;
  inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodRecord({
      type: "record",
      keyType: string2(),
      valueType: keyType,
      ...util_exports.normalizeParams(valueType)
    });
  }
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
function partialRecord(keyType, valueType, params) {
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params),
    partial: true
  });
}
function looseRecord(keyType, valueType, params) {
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    mode: "loose",
    ...util_exports.normalizeParams(params)
  });
}
var ZodMap = /* @__PURE__ */ $constructor("ZodMap", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodMap.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => mapProcessor(inst, ctx, json2, params);
  inst.keyType = def.keyType;
  inst.valueType = def.valueType;
  inst.min = (...args) => inst.check(_minSize(...args));
  inst.nonempty = (params) => inst.check(_minSize(1, params));
  inst.max = (...args) => inst.check(_maxSize(...args));
  inst.size = (...args) => inst.check(_size(...args));
});
function map(keyType, valueType, params) {
  return new ZodMap({
    type: "map",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodSet = /* @__PURE__ */ $constructor("ZodSet", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodSet.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => setProcessor(inst, ctx, json2, params);
  inst.min = (...args) => inst.check(_minSize(...args));
  inst.nonempty = (params) => inst.check(_minSize(1, params));
  inst.max = (...args) => inst.check(_maxSize(...args));
  inst.size = (...args) => inst.check(_size(...args));
});
function set(valueType, params) {
  return new ZodSet({
    type: "set",
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => enumProcessor(inst, ctx, json2, params);
  inst.enum = def.entries;
  inst.options = [...inst._zod.values];
  const keys = new Set(Object.keys(def.entries));
  inst.extract = (values, params) => {
    const newEntries = {};
    for (const value of values) {
      if (keys.has(value)) {
        newEntries[value] = def.entries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
  inst.exclude = (values, params) => {
    const newEntries = { ...def.entries };
    for (const value of values) {
      if (keys.has(value)) {
        delete newEntries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
});
function _enum2(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
function nativeEnum(entries, params) {
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
var ZodLiteral = /* @__PURE__ */ $constructor("ZodLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => literalProcessor(inst, ctx, json2, params);
  inst.values = new Set(def.values);
  Object.defineProperty(inst, "value", {
    get() {
      if (def.values.length > 1) {
        throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
      }
      return def.values[0];
    }
  });
});
function literal(value, params) {
  return new ZodLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...util_exports.normalizeParams(params)
  });
}
var ZodFile = /* @__PURE__ */ $constructor("ZodFile", (inst, def) => {
  $ZodFile.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => fileProcessor(inst, ctx, json2, params);
  inst.min = (size, params) => inst.check(_minSize(size, params));
  inst.max = (size, params) => inst.check(_maxSize(size, params));
  inst.mime = (types, params) => inst.check(_mime(Array.isArray(types) ? types : [types], params));
});
function file(params) {
  return _file(ZodFile, params);
}
var ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodTransform.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => transformProcessor(inst, ctx, json2, params);
  inst._zod.parse = (payload, _ctx) => {
    if (_ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(util_exports.issue(issue2, payload.value, def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = inst);
        payload.issues.push(util_exports.issue(_issue));
      }
    };
    const output2 = def.transform(payload.value, payload);
    if (output2 instanceof Promise) {
      return output2.then((output3) => {
        payload.value = output3;
        return payload;
      });
    }
    payload.value = output2;
    return payload;
  };
});
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
var ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => optionalProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
var ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
  $ZodExactOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => optionalProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
var ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => nullableProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
function nullish2(innerType) {
  return optional(nullable(innerType));
}
var ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => defaultProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeDefault = inst.unwrap;
});
function _default2(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
  $ZodPrefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => prefaultProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
  $ZodNonOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => nonoptionalProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodSuccess = /* @__PURE__ */ $constructor("ZodSuccess", (inst, def) => {
  $ZodSuccess.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => successProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function success(innerType) {
  return new ZodSuccess({
    type: "success",
    innerType
  });
}
var ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
  $ZodCatch.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => catchProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeCatch = inst.unwrap;
});
function _catch2(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
var ZodNaN = /* @__PURE__ */ $constructor("ZodNaN", (inst, def) => {
  $ZodNaN.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => nanProcessor(inst, ctx, json2, params);
});
function nan(params) {
  return _nan(ZodNaN, params);
}
var ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => pipeProcessor(inst, ctx, json2, params);
  inst.in = def.in;
  inst.out = def.out;
});
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
var ZodCodec = /* @__PURE__ */ $constructor("ZodCodec", (inst, def) => {
  ZodPipe.init(inst, def);
  $ZodCodec.init(inst, def);
});
function codec(in_, out, params) {
  return new ZodCodec({
    type: "pipe",
    in: in_,
    out,
    transform: params.decode,
    reverseTransform: params.encode
  });
}
function invertCodec(codec2) {
  const def = codec2._zod.def;
  return new ZodCodec({
    type: "pipe",
    in: def.out,
    out: def.in,
    transform: def.reverseTransform,
    reverseTransform: def.transform
  });
}
var ZodPreprocess = /* @__PURE__ */ $constructor("ZodPreprocess", (inst, def) => {
  ZodPipe.init(inst, def);
  $ZodPreprocess.init(inst, def);
});
var ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
  $ZodReadonly.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => readonlyProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
var ZodTemplateLiteral = /* @__PURE__ */ $constructor("ZodTemplateLiteral", (inst, def) => {
  $ZodTemplateLiteral.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => templateLiteralProcessor(inst, ctx, json2, params);
});
function templateLiteral(parts, params) {
  return new ZodTemplateLiteral({
    type: "template_literal",
    parts,
    ...util_exports.normalizeParams(params)
  });
}
var ZodLazy = /* @__PURE__ */ $constructor("ZodLazy", (inst, def) => {
  $ZodLazy.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => lazyProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.getter();
});
function lazy(getter) {
  return new ZodLazy({
    type: "lazy",
    getter
  });
}
var ZodPromise = /* @__PURE__ */ $constructor("ZodPromise", (inst, def) => {
  $ZodPromise.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => promiseProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function promise(innerType) {
  return new ZodPromise({
    type: "promise",
    innerType
  });
}
var ZodFunction = /* @__PURE__ */ $constructor("ZodFunction", (inst, def) => {
  $ZodFunction.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => functionProcessor(inst, ctx, json2, params);
});
function _function(params) {
  return new ZodFunction({
    type: "function",
    input: Array.isArray(params?.input) ? tuple(params?.input) : params?.input ?? array(unknown()),
    output: params?.output ?? unknown()
  });
}
var ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => customProcessor(inst, ctx, json2, params);
});
function check(fn) {
  const ch = new $ZodCheck({
    check: "custom"
    // ...util.normalizeParams(params),
  });
  ch._zod.check = fn;
  return ch;
}
function custom(fn, _params) {
  return _custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}
var describe2 = describe;
var meta2 = meta;
var ZodInstanceOf = /* @__PURE__ */ $constructor("ZodInstanceOf", (inst, def) => {
  ZodCustom.init(inst, def);
}, {
  properties(shape, params) {
    return this.check(_properties(shape, params));
  }
});
function _instanceof(cls, params = {}) {
  const inst = new ZodInstanceOf({
    type: "custom",
    check: "custom",
    fn: (data) => data instanceof cls,
    abort: true,
    ...util_exports.normalizeParams(params)
  });
  inst._zod.bag.Class = cls;
  inst._zod.check = (payload) => {
    if (!(payload.value instanceof cls)) {
      payload.issues.push({
        code: "invalid_type",
        expected: cls.name,
        input: payload.value,
        inst,
        path: [...inst._zod.def.path ?? []]
      });
    }
  };
  return inst;
}
var stringbool = (...args) => _stringbool({
  Codec: ZodCodec,
  Boolean: ZodBoolean,
  String: ZodString
}, ...args);
function json(params) {
  const jsonSchema = lazy(() => {
    return union([string2(params), number2(), boolean2(), _null3(), array(jsonSchema), record(string2(), jsonSchema)]);
  });
  return jsonSchema;
}
function preprocess(fn, schema) {
  return new ZodPreprocess({
    type: "pipe",
    in: transform(fn),
    out: schema
  });
}

// node_modules/zod/v4/classic/compat.js
var ZodIssueCode = {
  invalid_type: "invalid_type",
  too_big: "too_big",
  too_small: "too_small",
  invalid_format: "invalid_format",
  not_multiple_of: "not_multiple_of",
  unrecognized_keys: "unrecognized_keys",
  invalid_union: "invalid_union",
  invalid_key: "invalid_key",
  invalid_element: "invalid_element",
  invalid_value: "invalid_value",
  custom: "custom"
};
function setErrorMap(map2) {
  config({
    customError: map2
  });
}
function getErrorMap() {
  return config().customError;
}
var ZodFirstPartyTypeKind;
/* @__PURE__ */ (function(ZodFirstPartyTypeKind2) {
})(ZodFirstPartyTypeKind || (ZodFirstPartyTypeKind = {}));

// node_modules/zod/v4/classic/iso.js
var iso_exports = {};
__export(iso_exports, {
  ZodISODate: () => ZodISODate,
  ZodISODateTime: () => ZodISODateTime,
  ZodISODuration: () => ZodISODuration,
  ZodISOTime: () => ZodISOTime,
  date: () => date3,
  datetime: () => datetime2,
  duration: () => duration2,
  time: () => time2
});
function datetime2(params) {
  return _isoDateTime(ZodISODateTime, params);
}
function date3(params) {
  return _isoDate(ZodISODate, params);
}
function time2(params) {
  return _isoTime(ZodISOTime, params);
}
function duration2(params) {
  return _isoDuration(ZodISODuration, params);
}

// node_modules/zod/v4/classic/from-json-schema.js
var z = {
  ...schemas_exports2,
  ...checks_exports2,
  iso: iso_exports
};
var RECOGNIZED_KEYS = /* @__PURE__ */ new Set([
  // Schema identification
  "$schema",
  "$ref",
  "$defs",
  "definitions",
  // Core schema keywords
  "$id",
  "id",
  "$comment",
  "$anchor",
  "$vocabulary",
  "$dynamicRef",
  "$dynamicAnchor",
  // Type
  "type",
  "enum",
  "const",
  // Composition
  "anyOf",
  "oneOf",
  "allOf",
  "not",
  // Object
  "properties",
  "required",
  "additionalProperties",
  "patternProperties",
  "propertyNames",
  "minProperties",
  "maxProperties",
  // Array
  "items",
  "prefixItems",
  "additionalItems",
  "minItems",
  "maxItems",
  "uniqueItems",
  "contains",
  "minContains",
  "maxContains",
  // String
  "minLength",
  "maxLength",
  "pattern",
  "format",
  // Number
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  // Already handled metadata
  "description",
  "default",
  // Content
  "contentEncoding",
  "contentMediaType",
  "contentSchema",
  // Unsupported (error-throwing)
  "unevaluatedItems",
  "unevaluatedProperties",
  "if",
  "then",
  "else",
  "dependentSchemas",
  "dependentRequired",
  // OpenAPI
  "nullable",
  "readOnly"
]);
function detectVersion(schema, defaultTarget) {
  const $schema = schema.$schema;
  if ($schema === "https://json-schema.org/draft/2020-12/schema") {
    return "draft-2020-12";
  }
  if ($schema === "http://json-schema.org/draft-07/schema#") {
    return "draft-7";
  }
  if ($schema === "http://json-schema.org/draft-04/schema#") {
    return "draft-4";
  }
  return defaultTarget ?? "draft-2020-12";
}
function applyMinItems(items, minItems) {
  return items.map((item2, index) => index < minItems ? item2 : item2.optional());
}
function decodeJSONPointerSegment(segment) {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
function resolveRef(ref, ctx) {
  if (!ref.startsWith("#")) {
    throw new Error("External $ref is not supported, only local refs (#/...) are allowed");
  }
  const path = ref.slice(1).split("/").filter(Boolean);
  if (path.length === 0) {
    return ctx.rootSchema;
  }
  const defsKey = ctx.version === "draft-2020-12" ? "$defs" : "definitions";
  if (path[0] === defsKey) {
    const key = path[1] === void 0 ? void 0 : decodeJSONPointerSegment(path[1]);
    if (!key || !ctx.defs[key]) {
      throw new Error(`Reference not found: ${ref}`);
    }
    return ctx.defs[key];
  }
  throw new Error(`Reference not found: ${ref}`);
}
function checkObjectGuards(objectSchema, guards) {
  const guard = z.transform((value) => value).check((payload) => {
    const value = payload.value;
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return;
    const keys = Object.getOwnPropertyNames(value);
    if (guards.minProperties !== void 0 && keys.length < guards.minProperties) {
      payload.issues.push({
        origin: "object",
        code: "too_small",
        minimum: guards.minProperties,
        inclusive: true,
        message: `Too small: expected object to have >=${guards.minProperties} properties`,
        input: value,
        inst: objectSchema,
        continue: true
      });
    }
    if (guards.maxProperties !== void 0 && keys.length > guards.maxProperties) {
      payload.issues.push({
        origin: "object",
        code: "too_big",
        maximum: guards.maxProperties,
        inclusive: true,
        message: `Too big: expected object to have <=${guards.maxProperties} properties`,
        input: value,
        inst: objectSchema,
        continue: true
      });
    }
    if (guards.keySchema) {
      for (const key of keys) {
        const result = guards.keySchema.safeParse(key);
        if (result.success)
          continue;
        payload.issues.push({
          code: "invalid_key",
          origin: "record",
          issues: result.error.issues,
          input: key,
          path: [key],
          continue: true
        });
      }
    }
  });
  return guard.pipe(objectSchema);
}
function canonicalKey(value, seen) {
  if (value === null)
    return "z";
  const type = typeof value;
  if (type !== "object") {
    if (type === "number" && Number.isNaN(value))
      return null;
    const raw = String(value);
    return `${type[0]}${raw.length}:${raw}`;
  }
  if (seen.has(value))
    return null;
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      const parts2 = [];
      for (const item2 of value) {
        const key = canonicalKey(item2, seen);
        if (key === null)
          return null;
        parts2.push(key);
      }
      return `a${parts2.length}:[${parts2.join(",")}]`;
    }
    const keys = Object.keys(value).sort();
    const parts = [];
    for (const k of keys) {
      const key = canonicalKey(value[k], seen);
      if (key === null)
        return null;
      parts.push(`${k.length}:${k}=${key}`);
    }
    return `o${parts.length}:{${parts.join(",")}}`;
  } finally {
    seen.delete(value);
  }
}
var SCHEMA_KEYWORDS = /* @__PURE__ */ new Set([
  "items",
  "prefixItems",
  "additionalItems",
  "additionalProperties",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else",
  "allOf",
  "anyOf",
  "oneOf",
  "unevaluatedItems",
  "unevaluatedProperties",
  "contentSchema"
]);
var SCHEMA_MAP_KEYWORDS = /* @__PURE__ */ new Set([
  "properties",
  "patternProperties",
  "dependentSchemas",
  "dependencies",
  "$defs",
  "definitions"
]);
function containsRef(value) {
  if (typeof value !== "object" || value === null)
    return false;
  if (Array.isArray(value))
    return value.some(containsRef);
  if (typeof value.$ref === "string")
    return true;
  return Object.entries(value).some(([key, sub]) => {
    if (SCHEMA_KEYWORDS.has(key))
      return containsRef(sub);
    if (!SCHEMA_MAP_KEYWORDS.has(key) || typeof sub !== "object" || sub === null)
      return false;
    return Object.values(sub).some(containsRef);
  });
}
function plural(n) {
  return n === 1 ? "element" : "elements";
}
function checkArrayGuards(arraySchema, guards) {
  const guard = z.transform((value) => value).check((payload) => {
    const items = payload.value;
    if (!Array.isArray(items))
      return;
    if (guards.uniqueItems === true) {
      const firstSeen = /* @__PURE__ */ new Map();
      for (let i = 0; i < items.length; i++) {
        const key = canonicalKey(items[i], /* @__PURE__ */ new Set());
        if (key === null)
          continue;
        const first = firstSeen.get(key);
        if (first === void 0) {
          firstSeen.set(key, i);
          continue;
        }
        payload.issues.push({
          code: "custom",
          message: `Array items must be unique: element at index ${i} duplicates the one at index ${first}`,
          input: items,
          path: [i],
          continue: true
        });
      }
    }
    if (guards.containsSchema) {
      const minContains = guards.minContains ?? 1;
      const ceiling = guards.maxContains !== void 0 ? guards.maxContains + 1 : Number.POSITIVE_INFINITY;
      let matches2 = 0;
      for (const item2 of items) {
        if (guards.containsSchema.safeParse(item2).success && ++matches2 >= ceiling)
          break;
      }
      if (matches2 < minContains) {
        payload.issues.push({
          code: "custom",
          message: `Array must contain at least ${minContains} matching ${plural(minContains)}; found ${matches2}`,
          input: items,
          continue: true
        });
      }
      if (guards.maxContains !== void 0 && matches2 > guards.maxContains) {
        payload.issues.push({
          code: "custom",
          message: `Array must contain at most ${guards.maxContains} matching ${plural(guards.maxContains)}`,
          input: items,
          continue: true
        });
      }
    }
  });
  return guard.pipe(arraySchema);
}
function getTupleRest(restSchema, ctx) {
  if (restSchema === false) {
    return void 0;
  }
  if (restSchema === void 0 || restSchema === true) {
    return z.any();
  }
  return convertSchema(restSchema, ctx);
}
var fullTime = /^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
function convertBaseSchema(schema, ctx) {
  if (schema.not !== void 0) {
    if (typeof schema.not === "object" && Object.keys(schema.not).length === 0) {
      return z.never();
    }
    throw new Error("not is not supported in Zod (except { not: {} } for never)");
  }
  if (schema.unevaluatedItems !== void 0) {
    throw new Error("unevaluatedItems is not supported");
  }
  if (schema.unevaluatedProperties !== void 0) {
    throw new Error("unevaluatedProperties is not supported");
  }
  if (schema.if !== void 0 || schema.then !== void 0 || schema.else !== void 0) {
    throw new Error("Conditional schemas (if/then/else) are not supported");
  }
  if (schema.dependentSchemas !== void 0 || schema.dependentRequired !== void 0) {
    throw new Error("dependentSchemas and dependentRequired are not supported");
  }
  if (schema.$ref) {
    const refPath = schema.$ref;
    if (ctx.refs.has(refPath)) {
      return ctx.refs.get(refPath);
    }
    if (ctx.processing.has(refPath)) {
      return z.lazy(() => {
        if (!ctx.refs.has(refPath)) {
          throw new Error(`Circular reference not resolved: ${refPath}`);
        }
        return ctx.refs.get(refPath);
      });
    }
    ctx.processing.add(refPath);
    const resolved = resolveRef(refPath, ctx);
    const zodSchema2 = convertSchema(resolved, ctx);
    ctx.refs.set(refPath, zodSchema2);
    ctx.processing.delete(refPath);
    return zodSchema2;
  }
  if (schema.enum !== void 0) {
    const enumValues = schema.enum;
    if (ctx.version === "openapi-3.0" && schema.nullable === true && enumValues.length === 1 && enumValues[0] === null) {
      return z.null();
    }
    if (enumValues.length === 0) {
      return z.never();
    }
    if (enumValues.length === 1) {
      return z.literal(enumValues[0]);
    }
    if (enumValues.every((v) => typeof v === "string")) {
      return z.enum(enumValues);
    }
    const literalSchemas = enumValues.map((v) => z.literal(v));
    if (literalSchemas.length < 2) {
      return literalSchemas[0];
    }
    return z.union([literalSchemas[0], literalSchemas[1], ...literalSchemas.slice(2)]);
  }
  if (schema.const !== void 0) {
    return z.literal(schema.const);
  }
  const type = schema.type;
  if (Array.isArray(type)) {
    const typeSchemas = type.map((t) => {
      const typeSchema = { ...schema, type: t };
      return convertBaseSchema(typeSchema, ctx);
    });
    if (typeSchemas.length === 0) {
      return z.never();
    }
    if (typeSchemas.length === 1) {
      return typeSchemas[0];
    }
    return z.union(typeSchemas);
  }
  if (!type) {
    return z.any();
  }
  let zodSchema;
  switch (type) {
    case "string": {
      let stringSchema = z.string();
      if (schema.format) {
        const format = schema.format;
        if (format === "email") {
          stringSchema = stringSchema.check(z.email());
        } else if (format === "uri" || format === "uri-reference") {
          stringSchema = stringSchema.check(z.url());
        } else if (format === "uuid" || format === "guid") {
          stringSchema = stringSchema.check(z.uuid());
        } else if (format === "date-time") {
          stringSchema = stringSchema.check(z.iso.datetime({ offset: true }));
        } else if (format === "date") {
          stringSchema = stringSchema.check(z.iso.date());
        } else if (format === "time") {
          stringSchema = stringSchema.check(z.regex(fullTime));
        } else if (format === "duration") {
          stringSchema = stringSchema.check(z.iso.duration());
        } else if (format === "hostname") {
          stringSchema = stringSchema.check(z.hostname());
        } else if (format === "ipv4") {
          stringSchema = stringSchema.check(z.ipv4());
        } else if (format === "ipv6") {
          stringSchema = stringSchema.check(z.ipv6());
        } else if (format === "mac") {
          stringSchema = stringSchema.check(z.mac());
        } else if (format === "cidr") {
          stringSchema = stringSchema.check(z.cidrv4());
        } else if (format === "cidr-v6") {
          stringSchema = stringSchema.check(z.cidrv6());
        } else if (format === "base64") {
          stringSchema = stringSchema.check(z.base64());
        } else if (format === "base64url") {
          stringSchema = stringSchema.check(z.base64url());
        } else if (format === "e164") {
          stringSchema = stringSchema.check(z.e164());
        } else if (format === "credit_card") {
          stringSchema = stringSchema.check(z.creditCard());
        } else if (format === "iban") {
          stringSchema = stringSchema.check(z.iban());
        } else if (format === "jwt") {
          stringSchema = stringSchema.check(z.jwt());
        } else if (format === "emoji") {
          stringSchema = stringSchema.check(z.emoji());
        } else if (format === "nanoid") {
          stringSchema = stringSchema.check(z.nanoid());
        } else if (format === "cuid") {
          stringSchema = stringSchema.check(z.cuid());
        } else if (format === "cuid2") {
          stringSchema = stringSchema.check(z.cuid2());
        } else if (format === "ulid") {
          stringSchema = stringSchema.check(z.ulid());
        } else if (format === "xid") {
          stringSchema = stringSchema.check(z.xid());
        } else if (format === "ksuid") {
          stringSchema = stringSchema.check(z.ksuid());
        }
      }
      if (typeof schema.minLength === "number") {
        stringSchema = stringSchema.min(schema.minLength);
      }
      if (typeof schema.maxLength === "number") {
        stringSchema = stringSchema.max(schema.maxLength);
      }
      if (schema.pattern) {
        stringSchema = stringSchema.regex(new RegExp(schema.pattern));
      }
      zodSchema = stringSchema;
      break;
    }
    case "number":
    case "integer": {
      let numberSchema = type === "integer" ? z.number().int() : z.number();
      if (typeof schema.minimum === "number" && schema.exclusiveMinimum !== true) {
        numberSchema = numberSchema.min(schema.minimum);
      }
      if (typeof schema.maximum === "number" && schema.exclusiveMaximum !== true) {
        numberSchema = numberSchema.max(schema.maximum);
      }
      if (typeof schema.exclusiveMinimum === "number") {
        numberSchema = numberSchema.gt(schema.exclusiveMinimum);
      } else if (schema.exclusiveMinimum === true && typeof schema.minimum === "number") {
        numberSchema = numberSchema.gt(schema.minimum);
      }
      if (typeof schema.exclusiveMaximum === "number") {
        numberSchema = numberSchema.lt(schema.exclusiveMaximum);
      } else if (schema.exclusiveMaximum === true && typeof schema.maximum === "number") {
        numberSchema = numberSchema.lt(schema.maximum);
      }
      if (typeof schema.multipleOf === "number") {
        numberSchema = numberSchema.multipleOf(schema.multipleOf);
      }
      zodSchema = numberSchema;
      break;
    }
    case "boolean": {
      zodSchema = z.boolean();
      break;
    }
    case "null": {
      zodSchema = z.null();
      break;
    }
    case "object": {
      const shape = {};
      const properties = schema.properties || {};
      const requiredSet = new Set(schema.required || []);
      const additionalSchema = typeof schema.additionalProperties === "object" ? convertSchema(schema.additionalProperties, ctx) : void 0;
      for (const [key, propSchema] of Object.entries(properties)) {
        const propZodSchema = convertSchema(propSchema, ctx);
        assignProp(shape, key, requiredSet.has(key) ? propZodSchema : propZodSchema.optional());
      }
      if (schema.patternProperties) {
        const patternProps = schema.patternProperties;
        const patternKeys = Object.keys(patternProps);
        const looseRecords = [];
        for (const pattern of patternKeys) {
          const patternValue = convertSchema(patternProps[pattern], ctx);
          const keySchema = z.string().regex(new RegExp(pattern));
          looseRecords.push(z.looseRecord(keySchema, patternValue));
        }
        const schemasToIntersect = [];
        if (Object.keys(shape).length > 0) {
          schemasToIntersect.push(z.object(shape).passthrough());
        }
        schemasToIntersect.push(...looseRecords);
        if (schemasToIntersect.length === 0) {
          zodSchema = z.object({}).passthrough();
        } else if (schemasToIntersect.length === 1) {
          zodSchema = schemasToIntersect[0];
        } else {
          let result = z.intersection(schemasToIntersect[0], schemasToIntersect[1]);
          for (let i = 2; i < schemasToIntersect.length; i++) {
            result = z.intersection(result, schemasToIntersect[i]);
          }
          zodSchema = result;
        }
        if (schema.additionalProperties === false) {
          const propertyKeys = Object.keys(shape);
          const patterns = patternKeys.map((p) => new RegExp(p));
          const basePatternSchema = zodSchema;
          zodSchema = zodSchema.check((payload) => {
            if (!isPlainObject(payload.value))
              return;
            const unrecognized = [];
            for (const key of Object.keys(payload.value)) {
              if (propertyKeys.includes(key))
                continue;
              if (patterns.some((regex) => regex.test(key)))
                continue;
              unrecognized.push(key);
            }
            if (unrecognized.length) {
              payload.issues.push({
                code: "unrecognized_keys",
                keys: unrecognized,
                input: payload.value,
                inst: basePatternSchema
              });
            }
          });
        }
      } else {
        const objectSchema = z.object(shape);
        if (schema.additionalProperties === false) {
          zodSchema = objectSchema.strict();
        } else if (additionalSchema) {
          zodSchema = objectSchema.catchall(additionalSchema);
        } else {
          zodSchema = objectSchema.passthrough();
        }
      }
      const hasKeyGuard = schema.propertyNames !== void 0 && schema.propertyNames !== true;
      const minProperties = typeof schema.minProperties === "number" ? schema.minProperties : void 0;
      const maxProperties = typeof schema.maxProperties === "number" ? schema.maxProperties : void 0;
      if (hasKeyGuard || minProperties !== void 0 || maxProperties !== void 0) {
        let keySchema;
        if (hasKeyGuard) {
          const keyJSONSchema = typeof schema.propertyNames === "object" && schema.propertyNames.type === void 0 ? { type: "string", ...schema.propertyNames } : schema.propertyNames;
          keySchema = convertSchema(keyJSONSchema, ctx);
        }
        zodSchema = checkObjectGuards(zodSchema, { keySchema, minProperties, maxProperties });
      }
      break;
    }
    case "array": {
      const prefixItems = schema.prefixItems;
      const items = schema.items;
      if (prefixItems && Array.isArray(prefixItems)) {
        const minItems = typeof schema.minItems === "number" ? schema.minItems : 0;
        const tupleItems = prefixItems.map((item2) => convertSchema(item2, ctx));
        const positionalItems = applyMinItems(tupleItems, minItems);
        const rest = !Array.isArray(items) ? getTupleRest(items, ctx) : void 0;
        const tupleSchema = z.tuple(positionalItems);
        zodSchema = rest ? tupleSchema.rest(rest) : tupleSchema;
        if (typeof schema.minItems === "number") {
          zodSchema = zodSchema.check(z.minLength(schema.minItems));
        }
        if (typeof schema.maxItems === "number") {
          zodSchema = zodSchema.check(z.maxLength(schema.maxItems));
        }
      } else if (Array.isArray(items)) {
        const minItems = typeof schema.minItems === "number" ? schema.minItems : 0;
        const tupleItems = items.map((item2) => convertSchema(item2, ctx));
        const positionalItems = applyMinItems(tupleItems, minItems);
        const rest = getTupleRest(schema.additionalItems, ctx);
        const tupleSchema = z.tuple(positionalItems);
        zodSchema = rest ? tupleSchema.rest(rest) : tupleSchema;
        if (typeof schema.minItems === "number") {
          zodSchema = zodSchema.check(z.minLength(schema.minItems));
        }
        if (typeof schema.maxItems === "number") {
          zodSchema = zodSchema.check(z.maxLength(schema.maxItems));
        }
      } else if (items !== void 0) {
        const element = convertSchema(items, ctx);
        let arraySchema = z.array(element);
        if (typeof schema.minItems === "number") {
          arraySchema = arraySchema.min(schema.minItems);
        }
        if (typeof schema.maxItems === "number") {
          arraySchema = arraySchema.max(schema.maxItems);
        }
        zodSchema = arraySchema;
      } else {
        zodSchema = z.array(z.any());
      }
      if (schema.uniqueItems === true || schema.contains !== void 0) {
        zodSchema = checkArrayGuards(zodSchema, {
          uniqueItems: schema.uniqueItems === true,
          containsSchema: schema.contains !== void 0 ? convertSchema(schema.contains, ctx) : void 0,
          minContains: typeof schema.minContains === "number" ? schema.minContains : void 0,
          maxContains: typeof schema.maxContains === "number" ? schema.maxContains : void 0
        });
      }
      break;
    }
    default:
      throw new Error(`Unsupported type: ${type}`);
  }
  return zodSchema;
}
function convertSchema(schema, ctx) {
  if (typeof schema === "boolean") {
    return schema ? z.any() : z.never();
  }
  let baseSchema = convertBaseSchema(schema, ctx);
  const hasExplicitType = schema.type || schema.enum !== void 0 || schema.const !== void 0;
  if (schema.anyOf && Array.isArray(schema.anyOf)) {
    const options = schema.anyOf.map((s) => convertSchema(s, ctx));
    const anyOfUnion = z.union(options);
    baseSchema = hasExplicitType ? z.intersection(baseSchema, anyOfUnion) : anyOfUnion;
  }
  if (schema.oneOf && Array.isArray(schema.oneOf)) {
    const options = schema.oneOf.map((s) => convertSchema(s, ctx));
    const oneOfUnion = z.xor(options);
    baseSchema = hasExplicitType ? z.intersection(baseSchema, oneOfUnion) : oneOfUnion;
  }
  if (schema.allOf && Array.isArray(schema.allOf)) {
    if (schema.allOf.length === 0) {
      baseSchema = hasExplicitType ? baseSchema : z.any();
    } else {
      let result = hasExplicitType ? baseSchema : convertSchema(schema.allOf[0], ctx);
      const startIdx = hasExplicitType ? 0 : 1;
      for (let i = startIdx; i < schema.allOf.length; i++) {
        result = z.intersection(result, convertSchema(schema.allOf[i], ctx));
      }
      baseSchema = result;
    }
  }
  if (schema.nullable === true && ctx.version === "openapi-3.0") {
    baseSchema = z.nullable(baseSchema);
  }
  if (schema.readOnly === true) {
    baseSchema = z.readonly(baseSchema);
  }
  if (schema.default !== void 0) {
    baseSchema = baseSchema.default(schema.default);
  }
  const extraMeta = {};
  const coreMetadataKeys = ["$id", "id", "$comment", "$anchor", "$vocabulary", "$dynamicRef", "$dynamicAnchor"];
  for (const key of coreMetadataKeys) {
    if (key in schema) {
      extraMeta[key] = schema[key];
    }
  }
  const contentMetadataKeys = ["contentEncoding", "contentMediaType", "contentSchema"];
  for (const key of contentMetadataKeys) {
    if (key in schema) {
      extraMeta[key] = schema[key];
    }
  }
  if (schema.type === "object" && schema.$ref === void 0) {
    if (schema.propertyNames !== void 0 && !containsRef(schema.propertyNames)) {
      extraMeta.propertyNames = schema.propertyNames;
    }
    for (const key of ["minProperties", "maxProperties"]) {
      if (schema[key] !== void 0)
        extraMeta[key] = schema[key];
    }
  }
  if (schema.type === "array" && schema.$ref === void 0) {
    if (schema.contains !== void 0 && !containsRef(schema.contains)) {
      extraMeta.contains = schema.contains;
    }
    for (const key of ["uniqueItems", "minContains", "maxContains"]) {
      if (schema[key] !== void 0)
        extraMeta[key] = schema[key];
    }
  }
  for (const key of Object.keys(schema)) {
    if (!RECOGNIZED_KEYS.has(key)) {
      assignProp(extraMeta, key, schema[key]);
    }
  }
  if (Object.keys(extraMeta).length > 0) {
    ctx.registry.add(baseSchema, extraMeta);
  }
  if (schema.description) {
    baseSchema = baseSchema.describe(schema.description);
  }
  return baseSchema;
}
function fromJSONSchema(schema, params) {
  if (typeof schema === "boolean") {
    return schema ? z.any() : z.never();
  }
  let normalized;
  try {
    normalized = JSON.parse(JSON.stringify(schema));
  } catch {
    throw new Error("fromJSONSchema input is not valid JSON (possibly cyclic); use $defs/$ref for recursive schemas");
  }
  const version3 = detectVersion(normalized, params?.defaultTarget);
  const defs = normalized.$defs || normalized.definitions || {};
  const ctx = {
    version: version3,
    defs,
    refs: /* @__PURE__ */ new Map(),
    processing: /* @__PURE__ */ new Set(),
    rootSchema: normalized,
    registry: params?.registry ?? globalRegistry
  };
  return convertSchema(normalized, ctx);
}

// node_modules/zod/v4/core/visit.js
var RESOLVING = /* @__PURE__ */ Symbol("z.visit/resolving");
function visit(schema, fnOrHandlers) {
  const fn = typeof fnOrHandlers === "function" ? fnOrHandlers : (node2, rewritten) => {
    const h = fnOrHandlers[node2._zod.def.type];
    return h ? h(node2, rewritten) : node2;
  };
  const cache = /* @__PURE__ */ new Map();
  function run(s) {
    const cached2 = cache.get(s);
    if (cached2 === RESOLVING) {
      return new $ZodLazy({
        type: "lazy",
        getter: () => cache.get(s)
      });
    }
    if (cached2 !== void 0)
      return cached2;
    cache.set(s, RESOLVING);
    const inner = mapInner(s);
    const mapped = fn(inner, inner !== s);
    cache.set(s, mapped);
    return mapped;
  }
  function mapInner(s) {
    const def = s._zod.def;
    const kind = def.type;
    switch (kind) {
      case "object": {
        const oldShape = def.shape;
        const keys = Object.keys(oldShape);
        let changed = false;
        const newShape = {};
        for (const k of keys) {
          const mapped = run(oldShape[k]);
          if (mapped !== oldShape[k])
            changed = true;
          newShape[k] = mapped;
        }
        let newCatchall = def.catchall;
        if (def.catchall) {
          newCatchall = run(def.catchall);
          if (newCatchall !== def.catchall)
            changed = true;
        }
        return changed ? clone(s, { ...def, shape: newShape, catchall: newCatchall }) : s;
      }
      case "array": {
        const mapped = run(def.element);
        return mapped === def.element ? s : clone(s, { ...def, element: mapped });
      }
      case "tuple": {
        const oldItems = def.items;
        let changed = false;
        const newItems = [];
        for (const item2 of oldItems) {
          const mapped = run(item2);
          if (mapped !== item2)
            changed = true;
          newItems.push(mapped);
        }
        let newRest = def.rest;
        if (def.rest) {
          newRest = run(def.rest);
          if (newRest !== def.rest)
            changed = true;
        }
        return changed ? clone(s, { ...def, items: newItems, rest: newRest }) : s;
      }
      case "record":
      case "map": {
        const newKey = run(def.keyType);
        const newVal = run(def.valueType);
        return newKey === def.keyType && newVal === def.valueType ? s : clone(s, { ...def, keyType: newKey, valueType: newVal });
      }
      case "set": {
        const newVal = run(def.valueType);
        return newVal === def.valueType ? s : clone(s, { ...def, valueType: newVal });
      }
      case "union": {
        const oldOptions = def.options;
        let changed = false;
        const newOptions = [];
        for (const opt of oldOptions) {
          const mapped = run(opt);
          if (mapped !== opt)
            changed = true;
          newOptions.push(mapped);
        }
        return changed ? clone(s, { ...def, options: newOptions }) : s;
      }
      case "intersection": {
        const newLeft = run(def.left);
        const newRight = run(def.right);
        return newLeft === def.left && newRight === def.right ? s : clone(s, { ...def, left: newLeft, right: newRight });
      }
      case "optional":
      case "nullable":
      case "default":
      case "prefault":
      case "catch":
      case "readonly":
      case "nonoptional":
      case "promise":
      case "success": {
        const newInner = run(def.innerType);
        return newInner === def.innerType ? s : clone(s, { ...def, innerType: newInner });
      }
      case "pipe": {
        const newIn = run(def.in);
        const newOut = run(def.out);
        return newIn === def.in && newOut === def.out ? s : clone(s, { ...def, in: newIn, out: newOut });
      }
      case "function": {
        const newInput = run(def.input);
        const newOutput = run(def.output);
        return newInput === def.input && newOutput === def.output ? s : clone(s, { ...def, input: newInput, output: newOutput });
      }
      case "lazy": {
        const original = def.getter;
        const { _cachedInner, ...rest } = def;
        return clone(s, { ...rest, getter: () => run(original()) });
      }
      // A leaf by choice: `parts` are regex fragments, not data positions.
      case "template_literal":
      // Leaves.
      case "string":
      case "number":
      case "int":
      case "boolean":
      case "bigint":
      case "symbol":
      case "undefined":
      case "null":
      case "void":
      case "never":
      case "any":
      case "unknown":
      case "date":
      case "nan":
      case "enum":
      case "literal":
      case "file":
      case "transform":
      case "custom":
        return s;
      default: {
        kind;
        return s;
      }
    }
  }
  return run(schema);
}

// node_modules/zod/v4/classic/deep-partial.js
function deepPartial(schema) {
  return visit(schema, {
    object: (s) => s.partial(),
    // Every partialed option now admits `undefined`, which the constructor rejects as a duplicate.
    union: (s) => {
      const def = s._zod.def;
      return def.discriminator === void 0 ? s : union(def.options);
    }
  });
}

// node_modules/zod/v4/classic/in-out.js
function withChecks(side2, checks) {
  if (!checks?.length)
    return side2;
  const def = side2._zod.def;
  return clone(side2, mergeDefs(def, { checks: [...def.checks ?? [], ...checks] }), { parent: true });
}
function outSide(def) {
  return withChecks(def.out, def.checks);
}
function inSide(def) {
  return def.in._zod.traits.has("$ZodTransform") ? outSide(def) : def.in;
}
function input(schema) {
  return visit(schema, {
    pipe: (s) => inSide(s._zod.def),
    // A default value belongs to the output side, so a rewritten inner type leaves it stranded. `.default()` widens the declared input type with `undefined`, and `optional` is what carries that across.
    default: (s, rewritten) => rewritten ? optional(s._zod.def.innerType) : s,
    // A catch value is output-side too, but `.catch()` leaves the declared input type alone, so the inner schema stands on its own.
    catch: (s, rewritten) => rewritten ? s._zod.def.innerType : s
  });
}
function output(schema) {
  return visit(schema, {
    pipe: (s) => outSide(s._zod.def),
    // A prefault value is fed through the schema, which makes it input-side, so a rewritten inner type leaves it stranded.
    prefault: (s, rewritten) => rewritten ? s._zod.def.innerType : s
  });
}

// node_modules/zod/v4/classic/coerce.js
var coerce_exports = {};
__export(coerce_exports, {
  bigint: () => bigint3,
  boolean: () => boolean3,
  date: () => date4,
  number: () => number3,
  string: () => string3
});
function string3(params) {
  return _coercedString(ZodString, params);
}
function number3(params) {
  return _coercedNumber(ZodNumber, params);
}
function boolean3(params) {
  return _coercedBoolean(ZodBoolean, params);
}
function bigint3(params) {
  return _coercedBigint(ZodBigInt, params);
}
function date4(params) {
  return _coercedDate(ZodDate, params);
}

// src/policy/cooldown.ts
var MINUTE = 6e4;
var HOUR = 36e5;
var DAY = 864e5;
var UNIT_MS = {
  m: 6e4,
  h: 36e5,
  d: 864e5,
  w: 6048e5
};
function parseDuration(text3) {
  const trimmed = text3.trim();
  if (trimmed === "0") return 0;
  const match = /^(\d+(?:\.\d+)?)\s*([mhdw])$/.exec(trimmed);
  if (!match) return null;
  const unit = UNIT_MS[match[2] ?? ""];
  return unit === void 0 ? null : Number(match[1]) * unit;
}
function parseExcludeNewer(text3) {
  const trimmed = text3.trim();
  const at = /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? Date.parse(`${trimmed}T00:00:00Z`) : /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}/.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(at) ? null : new Date(at);
}
function formatDuration(ms) {
  if (ms % DAY === 0 && ms >= DAY) return `${ms / DAY}d`;
  if (ms % HOUR === 0) return `${ms / HOUR}h`;
  return `${Math.round(ms / MINUTE)}m`;
}
function formatUtc(date5) {
  return `${date5.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

// src/policy/schema.ts
var RULE_IDS = [
  "unpinned",
  "outside-policy",
  "banned",
  "lock-mismatch",
  "conflict",
  "diverged",
  "inconsistent",
  "compat",
  "exception-expired",
  "exception-unused",
  "missing",
  "yanked",
  "too-new",
  "index-unavailable",
  "index",
  "soak",
  "dead-marker"
];
var PIN_LEVELS = [
  "exact",
  "compatible",
  "bounded",
  "specified",
  "any"
];
var RULE_SEVERITIES = ["error", "warning", "notice", "off"];
var PRESET_NAMES = ["mcp"];
var pinLevel = external_exports.enum(PIN_LEVELS);
function compilesAsGlob(glob) {
  try {
    return import_picomatch6.default.makeRe(glob, { dot: true, strictBrackets: true }).source !== "$^";
  } catch {
    return false;
  }
}
var specifierSet = external_exports.string().superRefine((text3, ctx) => {
  const parsed = parseSpecifierSet(text3);
  if (!parsed.ok) {
    ctx.addIssue({
      code: "custom",
      message: `expected a PEP 440 specifier set such as ">=1.2,<2", got "${text3}": ${parsed.error}`
    });
  }
});
var packageSpecifier = external_exports.string().transform((text3, ctx) => {
  const parsed = parsePep508(text3);
  const problem = !parsed.ok ? parsed.error : parsed.value.url !== null || parsed.value.marker !== null || parsed.value.extras.length > 0 ? "extras, URLs and markers are not allowed here" : (() => {
    const set2 = parseSpecifierSet(parsed.value.specifier);
    return set2.ok ? null : set2.error;
  })();
  if (!parsed.ok || problem !== null) {
    ctx.addIssue({
      code: "custom",
      message: `expected a package name and a PEP 440 specifier set such as "httpx>=0.27.1,<1", got "${text3}": ${problem}`
    });
    return external_exports.NEVER;
  }
  return { name: parsed.value.name, specifier: parsed.value.specifier, text: text3 };
});
var untilDate = external_exports.union([
  external_exports.date(),
  external_exports.string().regex(/^\d{4}-\d{2}-\d{2}$/, {
    message: "expected a date such as 2026-12-31"
  })
]).transform(
  (value) => typeof value === "string" ? value : value.toISOString().slice(0, 10)
);
var oneOrMany = (item2) => external_exports.union([item2, external_exports.array(item2)]).transform((value) => Array.isArray(value) ? value : [value]);
var packagePolicy = external_exports.strictObject({
  /** Versions the project may use. Absent: any. */
  allowed: specifierSet.optional(),
  /** Versions nobody may use. */
  banned: oneOrMany(specifierSet).default([]),
  /** Overrides the pin level of every requirement on this package. */
  pin: pinLevel.optional(),
  /** Why this package is restricted; repeated in findings. */
  reason: external_exports.string().optional(),
  /** Every project (true) or the projects matching these globs must declare the package (rule `missing`). */
  required: external_exports.union([external_exports.boolean(), oneOrMany(external_exports.string())]).optional()
});
var filePinLevel = external_exports.strictObject({
  /** picomatch glob on the root-relative path of the file a requirement is declared in. */
  glob: external_exports.string().min(1).refine(compilesAsGlob, {
    message: 'expected a glob such as "**/requirements-dev.txt"'
  }),
  level: pinLevel
});
var compatRule = external_exports.strictObject({
  when: packageSpecifier,
  require: packageSpecifier,
  reason: external_exports.string().optional()
});
var policyException = external_exports.strictObject({
  rule: external_exports.enum(RULE_IDS),
  package: external_exports.string().optional(),
  /** picomatch glob on the project path ("." for the root). */
  project: external_exports.string().optional(),
  /** picomatch glob on the file a finding points at. */
  file: external_exports.string().optional(),
  /** Last day (UTC) the exception applies; absent: permanent. */
  until: untilDate.optional(),
  reason: external_exports.string().min(1, { message: "expected a reason saying why the exception exists" })
});
var ruleSeverity = external_exports.enum(RULE_SEVERITIES);
var duration3 = external_exports.string().refine((text3) => parseDuration(text3) !== null, {
  message: 'expected a duration such as "48h", "2d", "1w" or "0"'
});
var policySchema = external_exports.strictObject({
  extends: oneOrMany(external_exports.enum(PRESET_NAMES)).default([]),
  pins: external_exports.strictObject({
    default: pinLevel.default("specified"),
    // Per kind of file a requirement is declared in.
    requirements: pinLevel.optional(),
    pyproject: pinLevel.optional(),
    poetry: pinLevel.optional(),
    // Per group family; these win over the file kind.
    build: pinLevel.default("any"),
    dev: pinLevel.optional(),
    optional: pinLevel.optional(),
    constraints: pinLevel.optional(),
    // Per file glob; these win over everything but packages.<name>.pin.
    files: external_exports.array(filePinLevel).default([])
  }).prefault({}),
  packages: external_exports.record(external_exports.string(), packagePolicy).default({}),
  compat: external_exports.array(compatRule).default([]),
  consistency: external_exports.strictObject({
    packages: external_exports.union([external_exports.literal("*"), external_exports.array(external_exports.string())]).default([])
  }).prefault({}),
  exceptions: external_exports.array(policyException).default([]),
  /** Install sets nothing in the files declares: each `each` file is installed together with the `with` files. */
  install: external_exports.array(
    external_exports.strictObject({
      each: oneOrMany(external_exports.string().min(1)),
      with: oneOrMany(external_exports.string().min(1)),
      reason: external_exports.string().optional()
    })
  ).default([]),
  /** Minimum age of a pinned or locked release (`too-new`): `"48h"`, `"2d"`, `"1w"`, `"0"` for none. */
  cooldown: external_exports.strictObject({
    default: duration3.default("48h"),
    packages: external_exports.record(external_exports.string(), duration3).default({})
  }).prefault({}),
  /** Staged upgrades: the canary projects move first, then the rest after the soak, `wave` projects at a time. */
  rollout: external_exports.strictObject({
    /** picomatch globs on project paths: the canary wave. Empty: no rollout discipline. */
    canary: oneOrMany(external_exports.string().min(1)).default([]),
    /** How long the canary must run a version before another project may move to it. */
    soak: duration3.default("24h"),
    /** How many projects move together after the canary; "all" for every one. */
    wave: external_exports.union([external_exports.literal("all"), external_exports.number().int().positive()]).default("all")
  }).prefault({}),
  /** The package index to check pins against (PyPI JSON API root, or a Simple API URL ending in /simple). */
  "index-url": external_exports.string().regex(/^https?:\/\/\S+$/, {
    message: "expected an http(s) URL such as https://pypi.org/simple"
  }).optional(),
  /** Requests in flight at once per index host (429/503 answers lower it for a while). */
  "index-concurrency": external_exports.number().int().min(1).max(256).default(50),
  /** Package sources the audited files may name (requirements files' --index-url etc., uv/Poetry index settings, lock registries). */
  indexes: external_exports.strictObject({
    allowed: external_exports.array(external_exports.string().min(1)).default([])
  }).prefault({}),
  rules: external_exports.strictObject({
    unpinned: ruleSeverity.default("error"),
    "outside-policy": ruleSeverity.default("error"),
    banned: ruleSeverity.default("error"),
    "lock-mismatch": ruleSeverity.default("error"),
    conflict: ruleSeverity.default("error"),
    diverged: ruleSeverity.default("warning"),
    inconsistent: ruleSeverity.default("warning"),
    compat: ruleSeverity.default("error"),
    "exception-expired": ruleSeverity.default("warning"),
    "exception-unused": ruleSeverity.default("warning"),
    missing: ruleSeverity.default("error"),
    // Index-backed rules (they need the package index, except what poetry.lock and the offline knowledge carry).
    yanked: ruleSeverity.default("error"),
    "too-new": ruleSeverity.default("warning"),
    "index-unavailable": ruleSeverity.default("notice"),
    // A package source the policy does not list: pip may install anything from it.
    index: ruleSeverity.default("error"),
    // Needs the base branch's history (a pull request, or the CLI's --base-ref).
    soak: ruleSeverity.default("warning"),
    // A requirement whose marker never holds where the project runs: said once, judged by no other rule.
    "dead-marker": ruleSeverity.default("notice")
  }).prefault({})
});

// src/policy/pin-level.ts
function meetsPinLevel(actual, required2) {
  return PIN_LEVELS.indexOf(actual) <= PIN_LEVELS.indexOf(required2);
}
function isLocalUrl(url2) {
  return !/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url2) || /^file:/i.test(url2);
}
function isPinnedUrl(url2) {
  if (/#(?:.*&)?(?:sha256|sha384|sha512)=[0-9a-f]+/i.test(url2)) return true;
  return /^git\+[^#?]*@[0-9a-f]{40}(?:[#?]|$)/i.test(url2);
}
function findPinLevel(requirement, set2) {
  if (requirement.url !== null) {
    if (isLocalUrl(requirement.url) || isPinnedUrl(requirement.url) || requirement.hashes > 0)
      return "exact";
    return "specified";
  }
  if (requirement.specifier.trim() === "") return "any";
  if (set2 === null) return null;
  const clauses = set2.clauses;
  if (isExactPin(set2)) return "exact";
  if (clauses.some(
    (c) => c.operator === "~=" || c.operator === "==" && c.wildcard
  ))
    return "compatible";
  if (safely(() => hasUpperBound(set2), false)) return "bounded";
  return "specified";
}
function findRequiredPinLevel(policy, project, requirement) {
  const packagePin = policy.packages[requirement.name]?.pin;
  if (packagePin !== void 0)
    return { level: packagePin, key: `packages.${requirement.name}.pin` };
  const fileLevel = findFilePinLevel(policy, requirement.file);
  if (fileLevel !== null) return fileLevel;
  for (const family of findGroupFamilies(requirement)) {
    const familyLevel = policy.pins[family];
    if (familyLevel !== void 0)
      return { level: familyLevel, key: `pins.${family}` };
  }
  const kind = findPinKind(project, requirement);
  const kindLevel = policy.pins[kind];
  if (kindLevel !== void 0) return { level: kindLevel, key: `pins.${kind}` };
  return { level: policy.pins.default, key: "pins.default" };
}
function findGroupFamilies(requirement) {
  const family = findGroupFamily(requirement.group);
  if (family === "optional" && isDevName(requirement.group.slice(9)))
    return ["dev", "optional"];
  if (requirement.group === "requirements" && isDevRequirementsFile(requirement.file))
    return ["dev"];
  return family === null ? [] : [family];
}
function findGroupFamily(group) {
  if (group === "build") return "build";
  if (group === "dev" || group.startsWith("group:") || group.startsWith("poetry-group:"))
    return "dev";
  if (group.startsWith("optional:")) return "optional";
  if (group === "constraint" || group === "override" || group === "constraints-file")
    return "constraints";
  return null;
}
function findPinKind(project, requirement) {
  if (findFileKind(project, requirement.file) !== "pyproject")
    return "requirements";
  return requirement.group === "poetry" || requirement.group.startsWith("poetry-group:") ? "poetry" : "pyproject";
}
var DEV_EXTRAS = [
  "dev",
  "develop",
  "development",
  "test",
  "tests",
  "testing",
  "lint",
  "docs",
  "doc",
  "typing"
];
function isDevName(extra) {
  return DEV_EXTRAS.includes(extra.toLowerCase().replace(/[-_.]+/g, "-"));
}
function isDevRequirementsFile(file2) {
  const name2 = file2.slice(file2.lastIndexOf("/") + 1).toLowerCase();
  return name2.includes("dev") || name2.includes("test");
}
var FILE_MATCHERS = /* @__PURE__ */ new WeakMap();
function findFilePinLevel(policy, file2) {
  const entries = policy.pins.files;
  if (entries.length === 0) return null;
  let matchers = FILE_MATCHERS.get(entries);
  if (matchers === void 0) {
    matchers = entries.map((entry2) => (0, import_picomatch7.default)(entry2.glob, { dot: true }));
    FILE_MATCHERS.set(entries, matchers);
  }
  const index = matchers.findIndex((matches2) => matches2(file2));
  const entry = entries[index];
  return entry === void 0 ? null : { level: entry.level, key: `pins.files[${index}].level` };
}

// src/policy/suggest-requirement.ts
function suggestRequirement(context, project, requirement, options = {}) {
  if (requirement.url !== null) return null;
  const declared = context.parseSpecifier(requirement.specifier);
  if (declared === null) return null;
  const name2 = requirement.name;
  const together = listFilesResolvedWith(project, requirement.file);
  const constraints = listConstraints(context, project, name2, together);
  const banned = listBanned(context, name2);
  const needed = listRequirementsOn(context, project, name2, together).map(
    (r) => r.set
  );
  const accept = (v) => constraints.every((set2) => admits(set2, v)) && !banned.some((set2) => admits(set2, v));
  const level = findExactVersion(declared) !== null ? "exact" : findRequiredPinLevel(context.policy, project, requirement).level;
  const specifier = level === "exact" ? suggestPin(context, project, requirement, declared, constraints, {
    accept,
    needed,
    preferLocked: options.preferLocked === true
  }) : suggestRange(project, requirement, declared, level, {
    constraints,
    banned,
    needed,
    accept
  });
  return specifier === null ? null : { specifier, line: formatRequirement(requirement, specifier) };
}
function suggestPin(context, project, requirement, declared, constraints, options) {
  const { accept, needed } = options;
  const others = listOtherRequirementSets(context, project, requirement);
  const tightening = findExactVersion(declared) === null;
  const keepsDeclared = (v) => !tightening || admits(declared, v);
  const installable = (v) => accept(v) && keepsDeclared(v) && needed.every((set2) => admits(set2, v));
  const fits = (v) => installable(v) && others.every((set2) => admits(set2, v));
  if (options.preferLocked) {
    const locked = listLockedVersions(project, requirement.name);
    const only = locked.length === 1 ? locked[0]?.version : void 0;
    if (only !== void 0 && installable(only)) return `==${only.text}`;
  }
  const used = listFleetVersions(context, requirement.name).reverse();
  const floors = [...constraints, ...needed].flatMap((set2) => set2.clauses).filter(
    (c) => c.operator === "~=" || c.operator === ">=" || c.operator === "==" && !c.wildcard
  ).flatMap((c) => {
    const v = parseVersion(c.version);
    return v === null ? [] : [v];
  }).sort(compareVersions);
  const candidates = [...used, ...floors];
  if (tightening && constraints.length + needed.length > 0) {
    candidates.push(...listFloors([declared]));
    const sample = safely(
      () => sampleMember(
        [...constraints, ...needed].reduce(
          (set2, other) => intersect(set2, other.set),
          declared.set
        )
      ),
      null
    );
    const parsed = sample === null ? null : parseVersion(sample);
    if (parsed !== null) candidates.push(parsed);
  }
  const pick2 = candidates.find(fits) ?? candidates.find(installable) ?? candidates.find((v) => accept(v) && keepsDeclared(v));
  return pick2 === void 0 ? null : `==${pick2.text}`;
}
function listFloors(sets) {
  return sets.flatMap((set2) => set2.clauses).filter(
    (c) => c.operator === "~=" || c.operator === ">=" || c.operator === "=="
  ).flatMap((c) => {
    const v = parseVersion(c.version);
    return v === null ? [] : [v];
  }).sort(compareVersions);
}
function suggestRange(project, requirement, declared, level, options) {
  const { constraints, banned, needed } = options;
  const attempts = [
    [...constraints, declared],
    [...constraints, declared, ...needed],
    constraints,
    [...constraints, ...needed]
  ];
  const locked = listLockedVersions(project, requirement.name);
  const only = locked.length === 1 ? locked[0]?.version : void 0;
  if (only !== void 0 && options.accept(only)) {
    const derived2 = deriveFromVersion(only, level);
    if (derived2 !== null) attempts.push([...constraints, derived2]);
  }
  const overlapsNeeded = (range) => needed.every(
    (set2) => safely(() => !isEmpty(intersect(range.set, set2.set)), true)
  );
  for (const strict of [true, false]) {
    for (const sets of attempts) {
      const clauses = combineClauses(sets);
      if (clauses === null) continue;
      const excluded = excludeBanned(clauses, banned);
      const parsed = parse3(excluded.join(","));
      if (parsed === null || excluded.length === 0) continue;
      if (safely(() => isEmpty(parsed), true)) continue;
      if (strict && !overlapsNeeded(parsed)) continue;
      const reached = findPinLevel(
        { ...requirement, url: null, specifier: parsed.text },
        parsed
      );
      if (reached !== null && meetsPinLevel(reached, level)) return parsed.text;
    }
  }
  return null;
}
function deriveFromVersion(version3, level) {
  const release = version3.release.map(String);
  switch (level) {
    case "compatible":
      return parse3(
        `~=${release.length >= 2 ? version3.public : `${version3.public}.0`}`
      );
    case "bounded":
      return parse3(`>=${version3.public},<${BigInt(release[0] ?? "0") + 1n}`);
    default:
      return parse3(`>=${version3.public}`);
  }
}
function combineClauses(sets) {
  const kept = [];
  const implied = (clauses, clause) => {
    const all2 = parse3(clauses.join(","));
    const one = parse3(clause);
    return clauses.length > 0 && all2 !== null && one !== null && safely(() => subset(all2.set, one.set).ok, false);
  };
  for (const set2 of sets)
    for (const clause of set2.clauses)
      if (!kept.includes(clause.text) && !implied(kept, clause.text))
        kept.push(clause.text);
  for (const clause of [...kept]) {
    const rest = kept.filter((c) => c !== clause);
    if (implied(rest, clause)) kept.splice(kept.indexOf(clause), 1);
  }
  const all = parse3(kept.join(","));
  if (all === null || safely(() => isEmpty(all), true)) return null;
  const rank = (clause) => clause.startsWith("<") ? 2 : clause.startsWith("!=") ? 3 : clause.startsWith(">") ? 1 : 0;
  return [...kept].sort((a, b) => rank(a) - rank(b));
}
var COMPLEMENT = {
  "==": "!=",
  "!=": "==",
  "<": ">=",
  "<=": ">",
  ">": "<=",
  ">=": "<"
};
function excludeBanned(clauses, banned) {
  const result = [...clauses];
  for (const set2 of banned) {
    const current = parse3(result.join(","));
    if (current === null) return result;
    const overlap = safely(() => intersect(current.set, set2.set), null);
    if (overlap === null || safely(() => isEmpty(overlap), true)) continue;
    const [clause, ...more] = set2.clauses;
    const operator = clause === void 0 ? void 0 : COMPLEMENT[clause.operator];
    if (clause !== void 0 && more.length === 0 && operator !== void 0)
      result.push(`${operator}${clause.version}`);
  }
  return result;
}
function listOtherRequirementSets(context, project, requirement) {
  return project.requirements.flatMap((other) => {
    if (other === requirement || other.name !== requirement.name || other.group === "build" || other.url !== null || other.file === requirement.file && other.line === requirement.line)
      return [];
    const set2 = context.parseSpecifier(other.specifier);
    return set2 === null ? [] : [set2];
  });
}
function listFleetVersions(context, name2) {
  const seen = /* @__PURE__ */ new Map();
  for (const project of context.projects) {
    for (const { version: version3 } of listLockedVersions(project, name2))
      seen.set(version3.text, version3);
    for (const requirement of project.requirements) {
      if (requirement.name !== name2 || requirement.url !== null) continue;
      const set2 = context.parseSpecifier(requirement.specifier);
      const version3 = set2 === null ? null : findExactVersion(set2);
      if (version3 !== null) seen.set(version3.text, version3);
    }
  }
  return [...seen.values()].sort(compareVersions);
}
function parse3(text3) {
  const result = safely(() => parseSpecifierSet(text3), null);
  return result?.ok ? result.value : null;
}

// src/policy/rules/unsatisfiable.ts
function checkUnsatisfiable(context) {
  const findings = [];
  const severity = context.severityOf("conflict");
  for (const project of context.projects)
    for (const requirement of project.requirements) {
      const clauses = findExcludingClauses(context, requirement);
      if (clauses === null) continue;
      findings.push(describe3(project, requirement, clauses, severity));
    }
  return findings;
}
function admitsNothing(set2) {
  return safely(() => isEmpty(set2), false);
}
function findExcludingClauses(context, requirement) {
  if (requirement.url !== null || requirement.specifier === "") return null;
  const declared = context.parseSpecifier(requirement.specifier);
  if (declared === null || !admitsNothing(declared)) return null;
  const parts = declared.clauses.flatMap((clause) => {
    const parsed = context.parseSpecifier(clause.text);
    return parsed === null ? [] : [{ text: clause.text, set: parsed.set }];
  });
  const emptyTogether = (items) => items.length > 0 && safely(() => {
    let set2 = items[0].set;
    for (const item2 of items.slice(1)) set2 = intersect(set2, item2.set);
    return isEmpty(set2);
  }, false);
  let kept = [...parts];
  for (const part of parts) {
    const without = kept.filter((p) => p !== part);
    if (emptyTogether(without)) kept = without;
  }
  return kept.map((p) => p.text);
}
function describe3(project, requirement, clauses, severity) {
  const why = clauses.length === 1 ? `\`${clauses[0]}\` admits no version` : `${clauses.slice(0, -1).map((c) => `\`${c}\``).join(
    ", "
  )} and \`${clauses[clauses.length - 1]}\` exclude each other`;
  const marker = requirement.marker === null ? "" : `; ${requirement.marker}`;
  return {
    rule: "conflict",
    severity,
    project: project.path,
    package: requirement.name,
    file: requirement.file,
    line: requirement.line,
    message: `no version of \`${requirement.name}\` satisfies \`${requirement.name}${requirement.specifier}${marker}\` (${formatLocation(requirement.file, requirement.line)}): ${why}, so installing it fails.`,
    facts: {
      fix: "Keep the clauses of the range you mean.",
      requirement,
      unsatisfiable: true
    }
  };
}

// src/policy/rules/banned.ts
function checkBanned(context) {
  const findings = [];
  for (const project of context.projects) {
    const local = listLocalPackages(project);
    for (const requirement of project.requirements)
      if (!local.has(requirement.name))
        findings.push(...checkRequirement2(context, project, requirement));
    findings.push(...checkLocked(context, project));
  }
  return findings;
}
function listBannedSets(context, name2) {
  return (context.policy.packages[name2]?.banned ?? []).flatMap((text3) => {
    const set2 = context.parseSpecifier(text3);
    return set2 === null ? [] : [{ text: text3, set: set2 }];
  });
}
function explainBan(context, name2) {
  const reason = context.policy.packages[name2]?.reason;
  return reason === void 0 ? "" : `: ${reason}`;
}
function checkRequirement2(context, project, requirement) {
  const banned = listBannedSets(context, requirement.name);
  if (banned.length === 0 || requirement.url !== null) return [];
  const effective = isConstraint(requirement) ? { specifier: requirement.specifier, constraints: [] } : findEffectiveRange(project, requirement);
  const declared = context.parseSpecifier(effective.specifier);
  if (declared === null || admitsNothing(declared)) return [];
  const pinned = findExactVersion(declared);
  if (pinned === null && isConstraint(requirement)) return [];
  const suggestion = suggestRequirement(context, project, requirement);
  const severity = context.severityOf("banned");
  const why = explainBan(context, requirement.name);
  const findings = [];
  for (const { text: text3, set: set2 } of banned) {
    const base = {
      rule: "banned",
      project: project.path,
      package: requirement.name,
      file: requirement.file,
      line: requirement.line,
      ...suggestion === null ? {} : { suggestion: suggestion.line }
    };
    const facts = (fallback) => ({
      fix: suggestion === null ? fallback : `Write \`${suggestion.line}\`.`,
      also: pinned === null ? `it admits versions banned by \`${text3}\`` : `${pinned.text} is banned (\`${text3}\`)`,
      requirement,
      ...suggestion === null ? {} : { replacement: suggestion.specifier }
    });
    if (pinned !== null) {
      if (!admits(set2, pinned)) continue;
      findings.push({
        ...base,
        severity,
        message: `\`${requirement.name}\` is pinned to ${pinned.text}${describeConstraints(effective.constraints)}, which the policy bans (packages.${requirement.name}.banned: \`${text3}\`)${why}.`,
        counterexample: pinned.text,
        facts: facts("Pin another version.")
      });
      continue;
    }
    const overlap = safely(() => intersect(declared.set, set2.set), null);
    if (overlap === null || safely(() => isEmpty(overlap), true)) continue;
    const witness = findWitness(overlap);
    const written = effective.specifier === "" ? "with no version constraint" : describeEffectiveRange(requirement, effective.constraints);
    findings.push({
      ...base,
      severity: soften(severity),
      message: `\`${requirement.name}\` ${written} still admits ${witness ?? "versions"} banned by \`${text3}\`, and a resolver may pick it${why}.`,
      ...witness === null ? {} : { counterexample: witness },
      facts: facts("Exclude it (e.g. add `!=` clauses or narrow the range).")
    });
  }
  return findings;
}
function checkLocked(context, project) {
  const findings = [];
  const severity = context.severityOf("banned");
  for (const entry of listLockedEntries(project)) {
    const banned = listBannedSets(context, entry.name);
    const version3 = parseLockedVersion(entry);
    if (banned.length === 0 || version3 === null || !context.reportsOnLock(project, entry.file))
      continue;
    for (const { text: text3 } of banned.filter(({ set: set2 }) => admits(set2, version3))) {
      findings.push({
        rule: "banned",
        severity,
        project: project.path,
        package: entry.name,
        file: entry.file,
        line: entry.line,
        message: `the lock holds \`${entry.name}\` ${version3.text}, which the policy bans (\`${text3}\`)${explainBan(context, entry.name)}.`,
        counterexample: version3.text,
        facts: { fix: "Exclude it in the manifest and re-lock.", entry }
      });
    }
  }
  return findings;
}

// src/policy/rules/compat.ts
function checkCompat(context) {
  const findings = [];
  const severity = context.severityOf("compat");
  for (const [index, rule] of context.policy.compat.entries()) {
    const require2 = context.parseSpecifier(rule.require.specifier);
    if (require2 === null) continue;
    for (const project of context.projects) {
      const reported = /* @__PURE__ */ new Set();
      for (const view of listResolutionViews(project)) {
        const evidence = matchCompatWhen(context, project, rule, view.files);
        if (evidence === null) continue;
        const because = `which the policy requires with ${rule.when.text} (${evidence})${rule.reason === null ? "" : `: ${rule.reason}`}`;
        const breach = {
          context,
          project,
          rule,
          require: require2,
          because,
          severity
        };
        for (const finding of [
          ...checkLocked2(breach, view),
          ...checkDeclared(breach, view)
        ]) {
          const key = `${index}\0${finding.file}:${finding.line}`;
          if (reported.has(key)) continue;
          reported.add(key);
          findings.push(finding);
        }
      }
    }
  }
  return findings;
}
function checkLocked2(breach, view) {
  const { context, project, rule, require: require2 } = breach;
  const name2 = rule.require.name;
  const findings = [];
  for (const entry of listLockedEntries(project)) {
    if (entry.name !== name2 || !view.files.has(entry.file)) continue;
    const version3 = parseLockedVersion(entry);
    if (version3 === null || admits(require2, version3) || !context.reportsOnLock(project, entry.file))
      continue;
    findings.push({
      rule: "compat",
      severity: breach.severity,
      project: project.path,
      package: name2,
      file: entry.file,
      line: entry.line,
      message: `the lock holds \`${name2}\` ${version3.text}, outside \`${rule.require.specifier}\`, ${breach.because}.`,
      counterexample: version3.text,
      facts: {
        fix: `Constrain \`${rule.require.text}\` in the manifest and re-lock.`,
        entry
      }
    });
  }
  return findings;
}
function checkDeclared(breach, view) {
  const { context, project, rule, require: require2 } = breach;
  const name2 = rule.require.name;
  const findings = [];
  for (const requirement of project.requirements) {
    if (requirement.name !== name2 || !view.files.has(requirement.file) || requirement.group === "build" || requirement.url !== null)
      continue;
    const effective = isConstraint(requirement) ? { specifier: requirement.specifier, constraints: [] } : findEffectiveRange(project, requirement);
    const declared = context.parseSpecifier(effective.specifier);
    if (declared === null || admitsNothing(declared)) continue;
    const pinned = findExactVersion(declared);
    if (pinned === null && isConstraint(requirement)) continue;
    const outside = pinned === null ? findEscape(declared, require2) : admits(require2, pinned) ? null : pinned.text;
    if (outside === null) continue;
    const suggestion = suggestRequirement(context, project, requirement);
    const written = pinned !== null ? `is pinned to ${pinned.text}${describeConstraints(effective.constraints)}` : effective.specifier === "" ? `has no version constraint and admits ${outside}` : `${describeEffectiveRange(requirement, effective.constraints)} admits ${outside}`;
    findings.push({
      rule: "compat",
      severity: breach.severity,
      project: project.path,
      package: name2,
      file: requirement.file,
      line: requirement.line,
      message: `\`${name2}\` ${written}, outside \`${rule.require.specifier}\`, ${breach.because}.`,
      counterexample: outside,
      ...suggestion === null ? {} : { suggestion: suggestion.line },
      facts: {
        fix: suggestion === null ? `Constrain it to \`${rule.require.specifier}\`.` : `Write \`${suggestion.line}\`.`,
        also: `it breaks the policy's \`${rule.require.text}\` with ${rule.when.text}`,
        requirement,
        ...suggestion === null ? {} : { replacement: suggestion.specifier }
      }
    });
  }
  return findings;
}

// src/policy/rules/compiled-mismatch.ts
function checkCompiledMismatch(context) {
  const findings = [];
  for (const project of context.projects)
    for (const set2 of listInstallSets(project)) {
      if (set2.kind !== "compiled" || set2.compiled === void 0) continue;
      if (set2.compiled.missing.length > 0)
        findings.push(describeMissingInputs(project, set2));
      findings.push(...compareWithInputs(context, project, set2));
    }
  return findings;
}
function compareWithInputs(context, project, set2) {
  const requirements = listSetRequirements(project, set2);
  const pins = /* @__PURE__ */ new Map();
  for (const r of requirements)
    if (!set2.inputs.includes(r.file) && !isConstraintIn(r, set2) && r.file !== pyprojectOf(set2))
      pins.set(r.name, [...pins.get(r.name) ?? [], r]);
  const findings = [];
  for (const input2 of listInputRequirements(requirements, set2)) {
    if (input2.url !== null) continue;
    const pinned = pins.get(input2.name) ?? [];
    const rerun = `Re-run \`${set2.compiled?.line === null ? "pip-compile" : "the command in its header"}\` to compile it again.`;
    const base = {
      rule: "lock-mismatch",
      severity: context.severityOf("lock-mismatch"),
      project: project.path,
      package: input2.name,
      file: input2.file,
      line: input2.line
    };
    const where2 = `\`${input2.name}${input2.specifier}\` (${formatLocation(input2.file, input2.line)})`;
    if (pinned.length === 0) {
      if (input2.marker !== null) continue;
      findings.push({
        ...base,
        message: `${where2} is an input of ${set2.root}, which pins no \`${input2.name}\`: the output was compiled before it was added, and installs without it.`,
        facts: { fix: rerun, requirement: input2 }
      });
      continue;
    }
    const declared = context.parseSpecifier(input2.specifier);
    if (declared === null || input2.specifier === "") continue;
    const versions = pinned.flatMap((p) => {
      const set3 = context.parseSpecifier(p.specifier);
      const version3 = set3 === null ? null : findExactVersion(set3);
      return version3 === null ? [] : [{ pin: p, version: version3 }];
    });
    if (versions.length === 0 || versions.some((v) => admits(declared, v.version)))
      continue;
    const first = versions[0];
    findings.push({
      ...base,
      message: `${where2} is an input of ${set2.root}, but ${formatLocation(first.pin.file, first.pin.line)} pins ${first.version.text}, which it does not admit: the output was compiled from an older input.`,
      counterexample: first.version.text,
      facts: { fix: rerun, requirement: input2 }
    });
  }
  return findings;
}
function listInputRequirements(requirements, set2) {
  const pyproject = pyprojectOf(set2);
  return requirements.filter((r) => {
    if (isConstraintIn(r, set2)) return false;
    if (r.file === pyproject)
      return r.group === "project" || r.group.startsWith("optional:") && (set2.compiled?.allExtras === true || (set2.compiled?.extras ?? []).includes(
        r.group.slice("optional:".length)
      ));
    return set2.inputs.includes(r.file);
  });
}
function pyprojectOf(set2) {
  return set2.inputs.find(
    (f) => f === "pyproject.toml" || f.endsWith("/pyproject.toml")
  );
}
function describeMissingInputs(project, set2) {
  const missing = set2.compiled?.missing ?? [];
  return {
    rule: "lock-mismatch",
    severity: "notice",
    project: project.path,
    package: null,
    file: set2.root,
    line: set2.compiled?.line ?? null,
    message: `${set2.root} is compiled from ${missing.map((m) => `\`${m}\``).join(", ")}, which ${missing.length === 1 ? "is" : "are"} not in the audited tree: its pins are audited, whether they still match what they were compiled from is not.`,
    facts: {}
  };
}

// src/policy/rules/conflict.ts
function checkConflict(context) {
  const findings = [];
  const severity = context.severityOf("conflict");
  for (const project of context.projects) {
    const reported = /* @__PURE__ */ new Set();
    for (const view of listResolutionViews(project)) {
      const byName = /* @__PURE__ */ new Map();
      for (const contribution of collectContributions(context, project, view)) {
        const list = byName.get(contribution.name) ?? [];
        list.push(contribution);
        byName.set(contribution.name, list);
      }
      for (const [name2, contributions] of [...byName].sort(
        ([a], [b]) => compareText(a, b)
      )) {
        if (contributions.length < 2) continue;
        for (const group of partition(
          contributions,
          projectScope(project.requiresPython)
        )) {
          const clash = findMinimalClash(group);
          if (clash === null || !clash.some((c) => c.own)) continue;
          const key = `${name2}
${clash.map((c) => c.origin).join("\n")}`;
          if (reported.has(key)) continue;
          reported.add(key);
          const anchor2 = clash.find((c) => c.own) ?? clash[0];
          if (anchor2 === void 0) continue;
          findings.push({
            rule: "conflict",
            severity,
            project: project.path,
            package: name2,
            file: anchor2.file,
            line: anchor2.line,
            message: `no version of \`${name2}\` satisfies all of ${clash.map((c) => `\`${c.text}\` (${c.origin})`).join(", ")}: installing this project fails or silently drops one of them.`,
            facts: {
              fix: "Relax one so their ranges overlap.",
              clash: { members: clash, together: group }
            }
          });
        }
      }
    }
  }
  return findings;
}
function collectContributions(context, project, view) {
  const candidates = [];
  const counts = /* @__PURE__ */ new Map();
  const add = (name2, specifier, describe5) => {
    if (specifier.trim() === "") return;
    candidates.push({ name: name2, specifier, describe: describe5 });
    counts.set(name2, (counts.get(name2) ?? 0) + 1);
  };
  const applies = requirementApplies(context.projects, project);
  for (const r of project.requirements) {
    if (!view.files.has(r.file)) continue;
    if (r.group === "build" || r.group === "override" || r.url !== null)
      continue;
    if (!applies(r)) continue;
    const scope = /^(optional:|group:|poetry-group:)/.test(r.group) || r.group === "dev" ? r.group : null;
    const marker = r.marker === null ? "" : `; ${r.marker}`;
    add(r.name, r.specifier, () => ({
      text: `${r.name}${r.specifier}${marker}`,
      origin: `${formatLocation(r.file, r.line)}${scope === null ? "" : `, ${scope}`}`,
      file: r.file,
      line: r.line,
      marker: r.marker,
      scope,
      own: true
    }));
  }
  if (view.withLocks) addLockContributions(context, project, add);
  const contributions = [];
  for (const { name: name2, specifier, describe: describe5 } of candidates) {
    if ((counts.get(name2) ?? 0) < 2) continue;
    const parsed = context.parseSpecifier(specifier);
    if (parsed !== null && !admitsNothing(parsed))
      contributions.push({ name: name2, ...describe5(), set: parsed.set });
  }
  return contributions;
}
function addLockContributions(context, project, add) {
  const entries = listLockedEntries(project).filter(
    (e) => findFileKind(project, e.file) === "poetry-lock"
  );
  const entryCounts = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const key = `${entry.file}\0${entry.name}`;
    entryCounts.set(key, (entryCounts.get(key) ?? 0) + 1);
  }
  for (const entry of entries) {
    if ((entryCounts.get(`${entry.file}\0${entry.name}`) ?? 0) > 1) continue;
    for (const dependency of entry.dependencies) {
      if (!dependencyApplies(project, entry.name, dependency.marker)) continue;
      add(dependency.name, dependency.specifier, () => ({
        text: `${dependency.name}${dependency.specifier}${dependency.marker === null ? "" : `; ${dependency.marker}`}`,
        origin: `${formatLocation(entry.file, entry.line)}, declared by ${entry.name} ${entry.version ?? ""}`.trimEnd(),
        file: entry.file,
        line: entry.line,
        marker: dependency.marker,
        scope: null,
        own: context.reportsOnLock(project, entry.file)
      }));
    }
  }
  const own2 = findOwnMetadata(project);
  if (own2 !== null) {
    for (const metadata of project.lockMetadata) {
      if (metadata.package === own2.package) continue;
      for (const r of metadata.requiresDist) {
        if (r.url !== null) continue;
        add(r.name, r.specifier, () => ({
          text: `${r.name}${r.specifier}${r.marker === null ? "" : `; ${r.marker}`}`,
          origin: `${formatLocation(r.file, r.line)}, recorded for ${metadata.package}`,
          file: r.file,
          line: r.line,
          marker: r.marker,
          scope: null,
          own: false
        }));
      }
    }
  }
}
function partition(contributions, scope) {
  const markers = [
    ...new Set(
      contributions.flatMap((c) => c.marker === null ? [] : [c.marker])
    )
  ];
  const scopes = [
    ...new Set(
      contributions.flatMap((c) => c.scope === null ? [] : [c.scope])
    )
  ];
  const groups = [];
  for (const group of [null, ...scopes]) {
    for (const together of listMeetingMarkers(markers, scope)) {
      groups.push(
        contributions.filter(
          (c) => (c.scope === null || c.scope === group) && (c.marker === null || together.has(c.marker))
        )
      );
    }
  }
  return groups;
}
var MEETING_BUDGET = 2e3;
function listMeetingMarkers(markers, scope) {
  const found = [/* @__PURE__ */ new Set()];
  let tried = 0;
  const extend2 = (chosen, from) => {
    let extended2 = false;
    for (let i = from; i < markers.length; i++) {
      if (++tried > MEETING_BUDGET) return true;
      const next = [...chosen, markers[i]];
      if (!markersMayMeet(next, scope)) continue;
      extended2 = true;
      if (!extend2(next, i + 1)) found.push(new Set(next));
    }
    return extended2;
  };
  extend2([], 0);
  if (tried > MEETING_BUDGET)
    return [/* @__PURE__ */ new Set(), ...markers.map((m) => /* @__PURE__ */ new Set([m]))];
  return found.filter(
    (set2) => !found.some(
      (other) => other !== set2 && other.size > set2.size && [...set2].every((m) => other.has(m))
    )
  );
}
function findMinimalClash(group) {
  const emptyTogether = (items) => {
    if (items.length < 2) return false;
    return safely(() => {
      let set2 = items[0]?.set;
      for (const item2 of items.slice(1)) set2 = intersect(set2, item2.set);
      return isEmpty(set2);
    }, false);
  };
  if (!emptyTogether(group)) return null;
  let clash = [...group];
  for (const item2 of group) {
    const without = clash.filter((c) => c !== item2);
    if (emptyTogether(without)) clash = without;
  }
  return clash;
}

// src/policy/rules/dead-marker.ts
function checkDeadMarker(context) {
  const findings = [];
  const severity = context.severityOf("dead-marker");
  for (const project of context.projects)
    for (const requirement of project.requirements) {
      const reason = explainDeadMarker(project, requirement);
      if (reason === null) continue;
      findings.push({
        rule: "dead-marker",
        severity,
        project: project.path,
        package: requirement.name,
        file: requirement.file,
        line: requirement.line,
        message: `\`${requirement.name}${requirement.specifier}; ${requirement.marker}\` never applies: ${reason}. Nothing installs it, so no other rule judges it.`,
        facts: {
          fix: "Remove the line, or correct its marker.",
          requirement
        }
      });
    }
  return findings;
}
function explainDeadMarker(project, requirement) {
  const marker = requirement.marker;
  if (marker === null || marker.trim() === "") return null;
  const extras = knownExtras(project, requirement);
  const scope = {
    requiresPython: project.requiresPython,
    extras
  };
  if (markerMayHold(marker, scope)) return null;
  if (!markerMayHold(marker, { requiresPython: null, extras: null }))
    return "its marker contradicts itself";
  if (project.requiresPython !== null && !markerMayHold(marker, {
    requiresPython: project.requiresPython,
    extras: null
  }))
    return `it cannot hold on any Python the project supports (requires-python \`${project.requiresPython}\`)`;
  return "pip installs a requirements file with no extra set, so its `extra` never matches";
}
function knownExtras(project, requirement) {
  return findFileKind(project, requirement.file) === "requirements" ? [] : null;
}
function listLiveProjects(projects) {
  return projects.map((project) => {
    const live = project.requirements.filter(
      (r) => explainDeadMarker(project, r) === null
    );
    return live.length === project.requirements.length ? project : { ...project, requirements: live };
  });
}

// src/knowledge/known-incompatibilities.ts
var KNOWN_INCOMPATIBILITIES = [
  {
    package: { name: "mcp", specifier: "<=1.27.0" },
    with: { name: "httpx", specifier: ">=1.0.dev0" },
    problem: "httpx 1.0 pre-releases are an incompatible rewrite and `import mcp` fails with them; mcp up to 1.27.0 declares no upper bound on httpx. Pin httpx below 1.0 (httpx>=0.27.1,<1) or move to mcp>=1.27.1, which declares httpx<1.0.0",
    source: "encode/httpx CHANGELOG; modelcontextprotocol/python-sdk PR #2559 (facts/mcp-stack.md)"
  },
  {
    package: { name: "openai", specifier: ">=1.0.0,<1.55.3" },
    with: { name: "httpx", specifier: ">=0.28" },
    problem: "httpx 0.28 removed `proxies=`, which these openai releases pass to httpx.Client (`TypeError: Client.__init__() got an unexpected keyword argument 'proxies'`). Upgrade to openai>=1.55.3 or keep httpx<0.28",
    source: 'openai/openai-python CHANGELOG 1.55.3 (2024-11-28): "compat with new httpx 0.28.0 release" (#1904), issue #1902; encode/httpx CHANGELOG 0.28.0'
  },
  {
    package: { name: "anthropic", specifier: "<0.40.0" },
    with: { name: "httpx", specifier: ">=0.28" },
    problem: "httpx 0.28 removed `proxies=`, which these anthropic releases pass to httpx.Client (`TypeError: ... unexpected keyword argument 'proxies'`). Upgrade to anthropic>=0.40.0 or keep httpx<0.28",
    source: 'anthropics/anthropic-sdk-python CHANGELOG 0.40.0 (2024-11-28): "compat with new httpx 0.28.0 release" (#765); encode/httpx CHANGELOG 0.28.0'
  }
];

// src/policy/rules/dependency-conflict.ts
function checkDependencyConflicts(context) {
  const findings = [];
  const severity = context.severityOf("conflict");
  for (const project of context.projects) {
    const reported = /* @__PURE__ */ new Set();
    for (const view of listResolutionViews(project))
      for (const [key, finding] of checkView(context, project, view, severity))
        if (!reported.has(key)) {
          reported.add(key);
          findings.push(finding);
        }
  }
  return findings;
}
function checkView(context, project, view, severity) {
  const out = [];
  const inView = (file2) => view.files.has(file2);
  const installed = listInstalledReleases(context, project).filter(
    (r) => inView(r.file)
  );
  const overridden = listOverriddenNames(context.projects, project);
  for (const parent of installed) {
    if (parent.requirement !== null && isConstraint(parent.requirement))
      continue;
    const source = findRequirementsOf(context, project, parent);
    if (source === null) continue;
    const requiresPython = combineRequiresPython(
      project.requiresPython,
      source.requiresPython
    );
    const environment = {
      requiresPython,
      extras: listRequestedExtras(project, parent.name, inView)
    };
    for (const dependency of source.requirements) {
      if (dependency.specifier === "" || dependency.name === parent.name)
        continue;
      if (overridden.has(dependency.name)) continue;
      if (!markerMayApply(dependency.marker, environment)) continue;
      const required2 = context.parseSpecifier(dependency.specifier);
      if (required2 === null) continue;
      const clash = { context, project, parent, dependency, required: required2, source };
      out.push(
        ...parent.requirement !== null ? checkPinnedParent(clash, parent.requirement, {
          environment,
          requiresPython,
          severity,
          inView
        }) : checkLockedParent(clash, installed, environment, severity)
      );
    }
  }
  for (const finding of checkKnownIncompatibilities(
    context,
    project,
    installed,
    severity
  ))
    out.push([
      `${finding.file}:${finding.line}\0${finding.message}`,
      { ...finding, facts: {} }
    ]);
  return out;
}
function checkPinnedParent({ context, project, parent, dependency, required: required2, source }, pin, where2) {
  const { environment, requiresPython, severity, inView } = where2;
  const out = [];
  const push = (key, finding) => out.push([key, finding]);
  for (const declared of listDeclared(
    project,
    dependency.name,
    requiresPython
  )) {
    if (!inView(declared.file)) continue;
    if (!markersMayMeet(
      [pin.marker, dependency.marker, declared.marker],
      environment
    ))
      continue;
    const own2 = context.parseSpecifier(declared.specifier);
    if (own2 === null) continue;
    if (!safely(() => isEmpty(intersect(own2.set, required2.set)), false))
      continue;
    const text3 = `${declared.name}${declared.specifier}`;
    const members2 = [
      {
        file: declared.file,
        line: declared.line,
        text: text3,
        origin: formatLocation(declared.file, declared.line),
        set: own2.set,
        own: true
      },
      {
        file: parent.file,
        line: parent.line,
        text: dependency.text,
        origin: `${formatLocation(parent.file, parent.line)}, declared by ${parent.name} ${parent.version}`,
        set: required2.set,
        own: false
      }
    ];
    push(
      `${declared.file}:${declared.line}\0${parent.name}\0${dependency.text}`,
      {
        rule: "conflict",
        severity,
        project: project.path,
        package: dependency.name,
        file: declared.file,
        line: declared.line,
        message: `\`${text3}\` (${formatLocation(declared.file, declared.line)}) cannot be installed with ${describeRelease(parent)}, which requires \`${dependency.text}\` ${source.origin}: the install fails.`,
        facts: {
          fix: `Change ${dependency.name} to a version in \`${dependency.specifier}\`, or pin another ${parent.name} release that accepts ${text3}.`,
          requirement: declared,
          clash: { members: members2, together: members2 }
        }
      }
    );
  }
  return out;
}
function checkLockedParent({ parent, dependency, required: required2, source, project }, installed, environment, severity) {
  const out = [];
  const push = (key, finding) => out.push([key, finding]);
  const entry = parent.entry;
  if (entry === null) return out;
  for (const child of installed) {
    if (child.entry === null || child.name !== dependency.name || child.file !== parent.file)
      continue;
    const version3 = parseVersion(child.version);
    if (version3 === null || admits(required2, version3)) continue;
    if (!markersMayMeet(
      [lockFork(entry), dependency.marker, lockFork(child.entry)],
      environment
    ))
      continue;
    push(`${child.file}:${child.line}\0${parent.name}\0${dependency.text}`, {
      rule: "conflict",
      severity,
      project: project.path,
      package: dependency.name,
      file: child.file,
      line: child.line,
      message: `${describeRelease(child)} is outside \`${dependency.text}\`, which ${describeRelease(parent)} requires ${source.origin}: no resolver writes such a lock, so it was edited by hand or is stale.`,
      facts: {
        fix: `Re-lock, or move ${dependency.name} into \`${dependency.specifier}\`.`,
        ...child.entry === null ? {} : { entry: child.entry }
      }
    });
  }
  return out;
}
function listDeclared(project, name2, requiresPython) {
  return project.requirements.filter(
    (r) => r.name === name2 && r.specifier !== "" && r.url === null && r.group !== "build" && r.group !== "override" && markerMayApply(r.marker, { requiresPython, extras: [] })
  );
}
function checkKnownIncompatibilities(context, project, installed, severity) {
  const findings = [];
  const world = (r) => r.entry === null ? "pins" : `lock:${r.file}`;
  for (const known of KNOWN_INCOMPATIBILITIES) {
    const broken = context.parseSpecifier(known.package.specifier);
    const breaking = context.parseSpecifier(known.with.specifier);
    if (broken === null || breaking === null) continue;
    for (const a of installed) {
      const va = parseVersion(a.version);
      if (a.name !== known.package.name || va === null || !admits(broken, va))
        continue;
      for (const b of installed) {
        const vb = parseVersion(b.version);
        if (b.name !== known.with.name || world(b) !== world(a) || vb === null || !admits(breaking, vb))
          continue;
        findings.push({
          rule: "conflict",
          severity,
          project: project.path,
          package: b.name,
          file: b.file,
          line: b.line,
          // The source stays in the knowledge table and docs/policy.md: a message names what and why.
          message: `${describeRelease(b)} breaks ${describeRelease(a)}, a known incompatibility no package metadata declares: ${known.problem}.`
        });
      }
    }
  }
  return findings;
}

// src/policy/rules/diverged.ts
function checkDiverged(context) {
  const findings = [];
  for (const project of context.projects) {
    const sets = listInstallSets(project);
    const manifest = sets.find((s) => s.kind === "pyproject");
    if (manifest === void 0 || !manifest.root.endsWith("pyproject.toml"))
      continue;
    const declared = collect(context, project, manifest, false);
    for (const other of sets) {
      if (other === manifest || other.files.includes(manifest.root)) continue;
      const installed = collect(
        context,
        project,
        other,
        other.kind === "compiled"
      );
      for (const [name2, left] of [...declared].sort(
        ([a], [b]) => compareText(a, b)
      )) {
        const right = installed.get(name2);
        if (right === void 0 || !disjoint(left, right)) continue;
        findings.push(describe4(context, project, name2, left, right));
      }
    }
  }
  return findings;
}
function collect(context, project, set2, pinsOnly) {
  const byName = /* @__PURE__ */ new Map();
  for (const r of listSetRequirements(project, set2)) {
    if (!isBase(r) || pinsOnly && set2.inputs.includes(r.file)) continue;
    const parsed = context.parseSpecifier(r.specifier);
    if (parsed === null) continue;
    const member = {
      file: r.file,
      line: r.line,
      text: `${r.name}${r.specifier}`,
      origin: formatLocation(r.file, r.line),
      set: parsed.set,
      own: true
    };
    byName.set(r.name, [...byName.get(r.name) ?? [], member]);
  }
  return byName;
}
function isBase(r) {
  return r.marker === null && r.url === null && r.specifier !== "" && [
    "project",
    "poetry",
    "requirements",
    "constraint",
    "constraints-file"
  ].includes(r.group);
}
function disjoint(left, right) {
  const meet = (members2) => members2.reduce(
    (acc, m) => acc === null ? m.set : intersect(acc, m.set),
    null
  );
  return safely(() => {
    const a = meet(left);
    const b = meet(right);
    if (a === null || b === null || isEmpty(a) || isEmpty(b)) return false;
    return isEmpty(intersect(a, b));
  }, false);
}
function describe4(context, project, name2, left, right) {
  const anchor2 = right[0];
  const list = (members2) => members2.map((m) => `\`${m.text}\` (${m.origin})`).join(", ");
  return {
    rule: "diverged",
    severity: context.severityOf("diverged"),
    project: project.path,
    package: name2,
    file: anchor2.file,
    line: anchor2.line,
    message: `the two ways to install ${project.path === "." ? "this project" : project.path} disagree on \`${name2}\`: ${list(left)} against ${list(right)}; no version satisfies both.`,
    facts: {
      fix: "Align them; if the two are installed together, say so with `[[install]]` in the policy (then it is a `conflict`).",
      clash: { members: [...left, ...right], together: [...left, ...right] }
    }
  };
}

// src/policy/rules/exception-expired.ts
function listActiveExceptions(exceptions, today) {
  const day2 = formatDay(today);
  return exceptions.filter(
    (exception) => exception.until === null || exception.until >= day2
  );
}
function checkExceptionExpired(context) {
  const active = new Set(
    listActiveExceptions(context.policy.exceptions, context.today)
  );
  return context.policy.exceptions.filter((exception) => !active.has(exception)).map((exception) => {
    const scope = [
      exception.package === null ? null : `package ${exception.package}`,
      exception.project === null ? null : `projects ${exception.project}`,
      exception.file === null ? null : `files ${exception.file}`
    ].filter((part) => part !== null);
    return {
      rule: "exception-expired",
      severity: context.severityOf("exception-expired"),
      project: null,
      package: exception.package,
      file: context.policy.file,
      line: exception.line,
      message: `the exception for \`${exception.rule}\`${scope.length > 0 ? ` (${scope.join(", ")})` : ""} expired on ${exception.until} ("${exception.reason}"), so the findings it suppressed are reported again.`,
      facts: { fix: "Fix them, or move `until` if the reason still holds." }
    };
  });
}
function formatDay(date5) {
  return Number.isNaN(date5.getTime()) ? "9999-12-31" : date5.toISOString().slice(0, 10);
}

// src/policy/rules/exception-unused.ts
var INDEX_RULES = /* @__PURE__ */ new Set([
  "yanked",
  "too-new",
  "index-unavailable"
]);
function checkExceptionUnused(context, active, used) {
  return active.filter(
    (exception) => !used.has(exception) && context.policy.rules[exception.rule] !== "off" && (context.index.online || !INDEX_RULES.has(exception.rule))
  ).map((exception) => {
    const scope = [
      exception.package === null ? null : `package ${exception.package}`,
      exception.project === null ? null : `projects ${exception.project}`,
      exception.file === null ? null : `files ${exception.file}`
    ].filter((part) => part !== null);
    return {
      rule: "exception-unused",
      severity: context.severityOf("exception-unused"),
      project: null,
      package: exception.package,
      file: context.policy.file,
      line: exception.line,
      message: `the exception for \`${exception.rule}\`${scope.length > 0 ? ` (${scope.join(", ")})` : ""} ("${exception.reason}") matched no finding in this audit: its globs may be misspelled, or the problem is gone.`,
      facts: { fix: "Fix its `project`/`file`/`package`, or remove it." }
    };
  });
}

// src/policy/rules/inconsistent.ts
function checkInconsistent(context) {
  const wanted = context.policy.consistency.packages;
  const projects = [...context.projects].sort(
    (a, b) => compareText(a.path, b.path)
  );
  const names = wanted === "*" ? [
    ...new Set(
      projects.flatMap((p) => [
        ...p.requirements.map((r) => r.name),
        ...p.locked.map((e) => e.name)
      ])
    )
  ] : wanted;
  const findings = [];
  for (const name2 of [...names].sort(compareText)) {
    const rows = projects.flatMap((project) => {
      const row2 = findRow(context, project, name2);
      return row2 === null ? [] : [row2];
    });
    const reference = findReference(rows);
    const referenceRow = reference?.[0];
    if (reference === null || referenceRow === void 0) continue;
    const referenceSignature = referenceRow.signature;
    const deviating = rows.filter(
      (row2) => row2.signature !== referenceSignature && placedVersionsDiffer(
        row2.placed,
        referenceRow.placed,
        projectScope(
          sharedPythons(
            row2.project.requiresPython,
            referenceRow.project.requiresPython
          )
        )
      )
    ).map((row2) => ({ row: row2, anchor: findAnchor(row2, referenceRow.versions) }));
    if (deviating.length === 0) continue;
    const table = formatTable(
      name2,
      rows,
      new Set(deviating.map(({ row: row2 }) => row2))
    );
    for (const { row: row2, anchor: anchor2 } of deviating) {
      const entry = anchor2.entry;
      if (entry !== void 0 && !context.reportsOnLock(row2.project, entry.file) && deviating.some(
        (other) => other.row !== row2 && other.anchor.entry?.file === entry.file && other.anchor.entry.line === entry.line && context.reportsOnLock(other.row.project, entry.file)
      ))
        continue;
      findings.push(
        buildFinding(context, {
          name: name2,
          row: row2,
          anchor: anchor2,
          referenceRow,
          others: `${reference?.length ?? 0} other project(s)`,
          table
        })
      );
    }
  }
  return findings;
}
function findReference(rows) {
  const counts = /* @__PURE__ */ new Map();
  for (const row2 of rows) {
    const same = [...counts.keys()].find(
      (key) => sameVersions(counts.get(key)?.[0]?.versions ?? [], row2.versions)
    );
    if (same !== void 0) row2.signature = same;
    counts.set(row2.signature, [...counts.get(row2.signature) ?? [], row2]);
  }
  if (counts.size < 2) return null;
  const [reference] = [...counts.values()].sort(
    (a, b) => countResolutions(b) - countResolutions(a) || compareNewest(b[0]?.versions ?? [], a[0]?.versions ?? [])
  );
  return reference ?? null;
}
function buildFinding(context, {
  name: name2,
  row: row2,
  anchor: anchor2,
  referenceRow,
  others,
  table
}) {
  const target = referenceRow.versions.length === 1 ? referenceRow.versions[0] : void 0;
  const suggestion = anchor2.requirement !== void 0 && anchor2.pinned && target !== void 0 && isVersionAcceptable(context, row2.project, name2, target) ? formatRequirement(anchor2.requirement, `==${target.text}`) : void 0;
  return {
    rule: "inconsistent",
    severity: context.severityOf("inconsistent"),
    project: row2.project.path,
    package: name2,
    file: anchor2.file,
    line: anchor2.line,
    message: `\`${name2}\` is at ${row2.signature} in ${row2.project.path} but at ${referenceRow.signature} in ${others}${anchor2.requirement === void 0 ? ` (${formatLocation(anchor2.file, anchor2.line)} locks it)` : ""}: code tested in one project is not what runs in another.`,
    ...suggestion === void 0 ? {} : { suggestion },
    facts: {
      fix: suggestion !== void 0 ? `Write \`${suggestion}\`.` : anchor2.requirement === void 0 ? `Align it on ${referenceRow.signature} (constrain it in the manifest and re-lock).` : `Align it on ${referenceRow.signature}.`,
      detail: table,
      also: `${row2.project.path} is on ${name2} ${row2.signature} while ${others} use ${referenceRow.signature}`,
      ...anchor2.requirement === void 0 ? {} : { requirement: anchor2.requirement },
      ...anchor2.entry === void 0 ? {} : { entry: anchor2.entry }
    }
  };
}
function findRow(context, project, name2) {
  if (listLocalPackages(project).has(name2)) return null;
  const declared = project.requirements.filter((r) => r.name === name2 && r.group !== "build").map((requirement) => {
    const set2 = requirement.url === null ? context.parseSpecifier(requirement.specifier) : null;
    return {
      requirement,
      set: set2,
      pin: set2 === null ? null : findExactVersion(set2)
    };
  });
  const locked = listLockedVersions(project, name2);
  let versions = locked.map(({ version: version3 }) => version3);
  let placed = listLockedEntries(project).flatMap((entry) => {
    const version3 = entry.name === name2 ? parseLockedVersion(entry) : null;
    return version3 === null ? [] : [{ version: version3, marker: lockFork(entry) }];
  });
  if (versions.length === 0) {
    const distinct = new Map(
      declared.flatMap(
        ({ pin }) => pin === null ? [] : [[versionIdentity(pin), pin]]
      )
    );
    versions = [...distinct.values()].sort(compareVersions);
    placed = declared.flatMap(
      ({ pin, requirement }) => pin === null ? [] : [{ version: pin, marker: requirement.marker }]
    );
  }
  if (versions.length === 0) return null;
  return {
    project,
    versions,
    signature: versions.map((v) => v.text).join(" + "),
    placed,
    locked,
    declared
  };
}
function countResolutions(rows) {
  const keys = new Set(
    rows.map(
      (row2) => row2.locked.length === 0 ? `project\0${row2.project.path}` : `lock\0${[...new Set(row2.locked.map(({ entry }) => entry.file))].sort(compareText).join("\0")}`
    )
  );
  return keys.size;
}
function findAnchor(row2, reference) {
  const isReference = (v) => reference.some((r) => compareVersions(r, v) === 0);
  const deviating = row2.versions.filter((v) => !isReference(v));
  const isDeviating = (v) => v !== null && deviating.some((d) => compareVersions(d, v) === 0);
  const own2 = row2.declared.filter(
    ({ requirement }) => ownsFile(row2.project, requirement.file)
  );
  const ownPin = own2.find(({ pin }) => isDeviating(pin));
  if (ownPin !== void 0) return fromRequirement(ownPin.requirement, true);
  const excluding = own2.find(
    ({ set: set2, pin }) => pin === null && set2 !== null && reference.length > 0 && !reference.some((v) => admits(set2, v))
  );
  if (excluding !== void 0)
    return fromRequirement(excluding.requirement, false);
  const entry = row2.locked.find(({ version: version3 }) => isDeviating(version3))?.entry ?? row2.locked[0]?.entry;
  if (entry !== void 0)
    return { file: entry.file, line: entry.line, pinned: false, entry };
  const anyPin = row2.declared.find(({ pin }) => isDeviating(pin)) ?? row2.declared.find(({ pin }) => pin !== null);
  if (anyPin !== void 0) return fromRequirement(anyPin.requirement, true);
  const first = row2.declared[0]?.requirement;
  return first === void 0 ? { file: "", line: 0, pinned: false } : fromRequirement(first, false);
}
function fromRequirement(requirement, pinned) {
  return {
    file: requirement.file,
    line: requirement.line,
    requirement,
    pinned
  };
}
function compareNewest(a, b) {
  const x = a[a.length - 1];
  const y = b[b.length - 1];
  return x === void 0 || y === void 0 ? 0 : compareVersions(x, y);
}
function formatTable(name2, rows, differing) {
  const width = Math.max(
    "project".length,
    ...rows.map((r) => r.project.path.length)
  );
  const lines = [`${"project".padEnd(width)}  ${name2}`];
  for (const row2 of rows) {
    lines.push(
      `${row2.project.path.padEnd(width)}  ${row2.signature}${differing.has(row2) ? "  <- differs" : ""}`
    );
  }
  return lines.join("\n");
}
function versionIdentity(version3) {
  return version3.release.length > 1 && version3.release[version3.release.length - 1] === 0n ? versionIdentity({ ...version3, release: version3.release.slice(0, -1) }) : `${version3.epoch}!${version3.release.join(".")}|${version3.text.replace(/^(?:\d+!)?[\d.]+/, "")}`;
}
function sameVersions(a, b) {
  return a.length === b.length && a.every((v, i) => {
    const w = b[i];
    return w !== void 0 && compareVersions(v, w) === 0;
  });
}

// src/policy/rules/index.ts
var SOURCE_OPTIONS = {
  "--index-url": "an index",
  "--extra-index-url": "an extra index",
  "--find-links": "a find-links location",
  "--trusted-host": "a trusted host"
};
var ALWAYS_ALLOWED = [
  "https://pypi.org/simple",
  "https://pypi.org/pypi",
  // Where PyPI's index sends the downloads.
  "https://files.pythonhosted.org"
];
function normalizeSource(text3) {
  const trimmed = text3.trim().replace(/^(\.\/)+/, "");
  let end = trimmed.length;
  while (end > 1 && trimmed[end - 1] === "/") end--;
  const value = trimmed.slice(0, end);
  const scheme = value.indexOf("://");
  if (scheme === -1) return value;
  const rest = value.slice(scheme + 3);
  const slash = rest.indexOf("/");
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  const host = authority.slice(authority.lastIndexOf("@") + 1).toLowerCase();
  return `${value.slice(0, scheme).toLowerCase()}://${host}${slash === -1 ? "" : rest.slice(slash)}`;
}
function hostOf(text3) {
  const normalized = normalizeSource(text3);
  const scheme = normalized.indexOf("://");
  const rest = scheme === -1 ? normalized : normalized.slice(scheme + 3);
  const slash = rest.indexOf("/");
  return (slash === -1 ? rest : rest.slice(0, slash)).toLowerCase();
}
function checkIndex(context) {
  const listed = [
    ...ALWAYS_ALLOWED,
    ...context.policy.indexUrl ? [context.policy.indexUrl] : [],
    ...context.policy.indexes.allowed
  ];
  const allowed = {
    sources: new Set(listed.map(normalizeSource)),
    hosts: new Set(listed.map(hostOf))
  };
  const severity = context.severityOf("index");
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const project of context.projects) {
    const found = [
      ...project.pipOptions.flatMap((o) => checkPipOption(o, allowed)),
      ...(project.packageSources ?? []).flatMap(
        (s) => checkSetting(s, allowed)
      ),
      ...checkLockRegistries(context, project, allowed)
    ];
    for (const { file: file2, line, message, fix, pkg } of found) {
      const id = `${file2}\0${line}\0${message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      findings.push({
        rule: "index",
        severity,
        project: project.path,
        package: pkg ?? null,
        file: file2,
        line,
        message,
        facts: { fix }
      });
    }
  }
  return findings;
}
var fixFor = (value) => `Remove it, or, if it is trusted, add \`${normalizeSource(value)}\` to [indexes] allowed in the policy.`;
function checkPipOption(option, allowed) {
  const kind = SOURCE_OPTIONS[option.name];
  const value = option.value;
  if (kind === void 0 || value === null) return [];
  const ok = option.name === "--trusted-host" ? allowed.hosts.has(hostOf(value)) : allowed.sources.has(normalizeSource(value));
  if (ok) return [];
  return [
    {
      file: option.file ?? null,
      line: option.line,
      message: `\`${option.name} ${value}\` adds ${kind} the policy does not list: pip may install any package from it, whatever the pins say.`,
      fix: fixFor(value)
    }
  ];
}
function checkSetting(setting, allowed) {
  if (allowed.sources.has(normalizeSource(setting.url))) return [];
  const kind = setting.kind === "index" ? "an index" : "a find-links location";
  const tool = setting.setting.includes("poetry") ? "Poetry" : "uv";
  return [
    {
      file: setting.file,
      line: setting.line,
      message: `\`${setting.setting} = "${setting.url}"\` adds ${kind} the policy does not list: ${tool} may install any package from it, whatever the pins say.`,
      fix: fixFor(setting.url)
    }
  ];
}
function checkLockRegistries(context, project, allowed) {
  const named = new Set(
    [
      ...(project.packageSources ?? []).map((s) => s.url),
      ...project.pipOptions.map((o) => o.value ?? "")
    ].map(normalizeSource)
  );
  const byIndex = /* @__PURE__ */ new Map();
  for (const entry of project.locked) {
    if (entry.source !== "registry" || entry.sourceUrl === null) continue;
    const source = normalizeSource(entry.sourceUrl);
    if (allowed.sources.has(source) || named.has(source)) continue;
    if (!context.reportsOnLock(project, entry.file)) continue;
    const key = `${entry.file}\0${source}`;
    byIndex.set(key, [...byIndex.get(key) ?? [], entry]);
  }
  return [...byIndex.values()].map((entries) => {
    const first = entries.reduce((a, b) => b.line < a.line ? b : a);
    const url2 = first.sourceUrl;
    const names = [...new Set(entries.map((e) => e.name))];
    const shown = names.length > 3 ? `${names.slice(0, 3).join(", ")}, \u2026` : names.join(", ");
    return {
      file: first.file,
      line: first.line,
      message: `${baseName(first.file)} installs ${names.length === 1 ? names[0] : `${names.length} packages (${shown})`} from \`${url2}\`, an index the policy does not list: the installer downloads from there, whatever the pins say.`,
      fix: `Lock them from an index the policy lists, or, if it is trusted, add \`${normalizeSource(url2)}\` to [indexes] allowed in the policy.`,
      ...names.length === 1 ? { pkg: first.name } : {}
    };
  });
}
var baseName = (path) => path.slice(path.lastIndexOf("/") + 1);

// src/policy/rules/index-unavailable.ts
var NAMED_RELEASES = 10;
function checkIndexUnavailable(context) {
  if (!context.index.online) return [];
  const severity = context.severityOf("index-unavailable");
  const groups = /* @__PURE__ */ new Map();
  for (const project of context.projects) {
    for (const release of listInstalledReleases(context, project)) {
      const found = lookupRelease(context, project, release);
      if (found === null || found.lookup.ok) continue;
      const key = JSON.stringify([found.index, found.lookup.error]);
      const group = groups.get(key) ?? {
        index: found.index,
        error: found.lookup.error,
        failed: [],
        seen: /* @__PURE__ */ new Set(),
        projects: /* @__PURE__ */ new Set()
      };
      group.projects.add(project.path);
      const where2 = JSON.stringify([release.file, release.line, release.text]);
      if (!group.seen.has(where2)) {
        group.seen.add(where2);
        group.failed.push({ project: project.path, release });
      }
      groups.set(key, group);
    }
  }
  const findings = [];
  for (const { index, error: error2, failed, projects } of groups.values()) {
    failed.sort(
      (a, b) => compareText(a.release.file, b.release.file) || a.release.line - b.release.line || compareText(a.release.name, b.release.name)
    );
    const first = failed[0];
    if (first === void 0) continue;
    if (failed.length === 1) {
      findings.push({
        rule: "index-unavailable",
        severity,
        project: first.project,
        package: first.release.name,
        file: first.release.file,
        line: first.release.line,
        message: `could not look up ${describeRelease(first.release)} on ${index} (${error2}). Whether it is yanked or too new, and what it requires, was not checked.`
      });
      continue;
    }
    const named = failed.slice(0, NAMED_RELEASES).map((f) => describeRelease(f.release));
    const more = failed.length - named.length;
    findings.push({
      rule: "index-unavailable",
      severity,
      project: projects.size === 1 ? first.project : null,
      package: null,
      file: first.release.file,
      line: first.release.line,
      message: `could not look up ${failed.length} releases${projects.size > 1 ? ` in ${projects.size} projects` : ""} on ${index} (${error2}): ${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}. Whether they are yanked or too new, and what they require, was not checked.`
    });
  }
  return findings.map((finding) => ({ ...finding, facts: {} }));
}

// src/policy/rules/missing.ts
var import_picomatch8 = __toESM(require_picomatch2(), 1);
var NOT_DECLARING = /* @__PURE__ */ new Set([
  "build",
  "constraint",
  "override",
  "constraints-file"
]);
function checkMissing(context) {
  const required2 = Object.entries(context.policy.packages).flatMap(
    ([name2, settings]) => {
      const value = settings.required;
      if (value === void 0 || value === false) return [];
      const globs = value === true ? null : value;
      const matches2 = globs === null ? () => true : (0, import_picomatch8.default)(globs, { dot: true });
      return [{ name: name2, globs, matches: matches2 }];
    }
  );
  if (required2.length === 0) return [];
  const findings = [];
  for (const project of context.projects) {
    const declared = new Set(
      project.requirements.filter(declares).map((r) => r.name)
    );
    for (const { name: name2, globs, matches: matches2 } of required2) {
      if (declared.has(name2) || !matches2(project.path)) continue;
      const manifest = findManifest(project);
      const scope = globs === null ? "of every project" : `of the projects matching ${globs.map((g) => `\`${g}\``).join(", ")}`;
      findings.push({
        rule: "missing",
        severity: context.severityOf("missing"),
        project: project.path,
        package: name2,
        file: manifest,
        line: null,
        message: `${project.path === "." ? "the root project" : `\`${project.path}\``} does not declare \`${name2}\`, which the policy requires ${scope} (packages.${name2}.required).`,
        facts: {
          fix: `Add \`${name2}\` to its dependencies, or narrow packages.${name2}.required.`
        }
      });
    }
  }
  return findings;
}
function declares(requirement) {
  return !NOT_DECLARING.has(requirement.group);
}
function findManifest(project) {
  const pyproject = project.files.find((f) => f.kind === "pyproject");
  if (pyproject !== void 0) return pyproject.path;
  const declared = project.requirements.filter(declares);
  const runtime = declared.find((r) => !isDevRequirementsFile(r.file));
  return (runtime ?? declared[0])?.file ?? project.files[0]?.path ?? null;
}

// src/policy/rules/outside-policy.ts
function checkOutsidePolicy(context) {
  const findings = [];
  const severity = context.severityOf("outside-policy");
  for (const project of context.projects) {
    const local = listLocalPackages(project);
    for (const requirement of project.requirements) {
      if (local.has(requirement.name)) continue;
      const settings = context.policy.packages[requirement.name];
      if (settings?.allowed === void 0 || requirement.url !== null) continue;
      if (requirement.group === "constraints-file" || requirement.group === "constraint")
        continue;
      const allowed = context.parseSpecifier(settings.allowed);
      const effective = findEffectiveRange(project, requirement);
      const declared = context.parseSpecifier(effective.specifier);
      if (allowed === null || declared === null || admitsNothing(declared))
        continue;
      const because = explain(requirement.name, settings.allowed);
      const pinned = findExactVersion(declared);
      const outside = pinned === null ? findEscape(declared, allowed) : admits(allowed, pinned) ? null : pinned.text;
      if (outside === null) continue;
      const suggestion = suggestRequirement(context, project, requirement);
      const written = pinned !== null ? `is pinned to ${pinned.text}` : effective.specifier === "" ? `with no version constraint admits ${outside}` : `${describeEffectiveRange(requirement, effective.constraints)} admits ${outside}`;
      findings.push({
        rule: "outside-policy",
        severity,
        project: project.path,
        package: requirement.name,
        file: requirement.file,
        line: requirement.line,
        message: `\`${requirement.name}\` ${written}, ${because}${pinned === null ? ", and a resolver may pick it" : ""}${settings.reason === void 0 ? "" : `: ${settings.reason}`}.`,
        counterexample: outside,
        ...suggestion === null ? {} : { suggestion: suggestion.line },
        facts: {
          fix: suggestion === null ? `Pin a version inside \`${settings.allowed}\`.` : `Write \`${suggestion.line}\`.`,
          also: `it is ${explain(requirement.name, settings.allowed)}`,
          requirement,
          ...suggestion === null ? {} : { replacement: suggestion.specifier }
        }
      });
    }
    findings.push(...checkLockedVersions(context, project));
  }
  return findings;
}
function checkLockedVersions(context, project) {
  const findings = [];
  const severity = context.severityOf("outside-policy");
  for (const entry of listLockedEntries(project)) {
    const settings = context.policy.packages[entry.name];
    if (settings?.allowed === void 0 || !context.reportsOnLock(project, entry.file))
      continue;
    const allowed = context.parseSpecifier(settings.allowed);
    const version3 = parseLockedVersion(entry);
    if (allowed === null || version3 === null || admits(allowed, version3))
      continue;
    findings.push({
      rule: "outside-policy",
      severity,
      project: project.path,
      package: entry.name,
      file: entry.file,
      line: entry.line,
      message: `the lock holds \`${entry.name}\` ${version3.text}, ${explain(entry.name, settings.allowed)}${settings.reason === void 0 ? "" : `: ${settings.reason}`}.`,
      counterexample: version3.text,
      facts: {
        fix: `Constrain it to \`${settings.allowed}\` in the manifest and re-lock.`,
        entry
      }
    });
  }
  return findings;
}
function explain(name2, allowed) {
  return `outside the policy's \`${allowed}\` (packages.${name2}.allowed)`;
}

// src/policy/rules/too-new.ts
function checkTooNew(context) {
  const findings = [];
  const severity = context.severityOf("too-new");
  const now = context.today.getTime();
  for (const project of context.projects) {
    const excludeNewer = project.excludeNewer == null ? null : parseExcludeNewer(project.excludeNewer);
    for (const release of listInstalledReleases(context, project)) {
      const found = lookupRelease(context, project, release);
      if (!found?.lookup.ok || found.lookup.value?.uploadTime == null) continue;
      const uploaded = new Date(found.lookup.value.uploadTime);
      if (Number.isNaN(uploaded.getTime())) continue;
      const base = {
        rule: "too-new",
        severity,
        project: project.path,
        package: release.name,
        file: release.file,
        line: release.line
      };
      if (excludeNewer !== null && uploaded > excludeNewer) {
        findings.push({
          ...base,
          message: `${describeRelease(release)} was uploaded ${formatUtc(uploaded)}, after the project's \`[tool.uv] exclude-newer = "${project.excludeNewer}"\`: uv would not resolve it. It is allowed once exclude-newer is moved past ${formatUtc(uploaded)}; otherwise pin an older release.`
        });
        continue;
      }
      const cooldown = context.policy.cooldown.packages[release.name] ?? context.policy.cooldown.default;
      if (cooldown <= 0) continue;
      const allowedAt = new Date(uploaded.getTime() + cooldown);
      if (allowedAt.getTime() <= now) continue;
      findings.push({
        ...base,
        message: `${describeRelease(release)} was uploaded ${formatUtc(uploaded)}, less than the cooldown of ${formatDuration(cooldown)} ago: it becomes allowed at ${formatUtc(allowedAt)}. Until then keep the previous release.`
      });
    }
  }
  return findings.map((finding) => ({ ...finding, facts: {} }));
}

// src/policy/rules/unpinned.ts
var WHY = {
  exact: "only an exact pin (`==X`, or a URL fixed to a commit or hash) installs the same code every time",
  compatible: "without `~=X.Y` or `==X.Y.*` a new feature release can be installed unnoticed",
  bounded: "without an upper bound the next major release, and its breaking changes, can be installed",
  specified: "without any version constraint every release, including a future breaking one, can be installed",
  any: ""
};
var DESCRIBED = {
  exact: "an exact pin",
  compatible: "a compatible-release pin",
  bounded: "an upper bound",
  specified: "a version constraint",
  any: "nothing"
};
function checkUnpinned(context) {
  const findings = [];
  for (const project of context.projects) {
    const local = listLocalPackages(project);
    for (const requirement of project.requirements) {
      if (local.has(requirement.name) || requirement.name === project.name || isCompiledInput(project, requirement))
        continue;
      const effective = findEffectiveRange(project, requirement);
      const set2 = requirement.url === null ? context.parseSpecifier(effective.specifier) : null;
      const actual = findPinLevel(
        { ...requirement, specifier: effective.specifier },
        set2
      );
      if (actual === null) continue;
      const required2 = findRequiredPinLevel(
        context.policy,
        project,
        requirement
      );
      if (meetsPinLevel(actual, required2.level)) continue;
      const suggestion = suggestRequirement(context, project, requirement, {
        preferLocked: true
      });
      const written = requirement.url ?? (requirement.specifier === "" ? "no version constraint" : requirement.specifier);
      const needs = `${DESCRIBED[required2.level]} (${required2.key} = "${required2.level}")`;
      const constrained = effective.constraints.length === 0 ? "" : `, even with ${effective.constraints.map((c) => `\`${c.name}${c.specifier}\` (${formatLocation(c.file, c.line)})`).join(" and ")}`;
      findings.push({
        rule: "unpinned",
        severity: context.severityOf("unpinned"),
        project: project.path,
        package: requirement.name,
        file: requirement.file,
        line: requirement.line,
        message: `\`${requirement.name}\` (${written}${constrained}) needs ${needs}: ${WHY[required2.level]}.`,
        ...suggestion === null ? {} : { suggestion: suggestion.line },
        facts: {
          fix: suggestion === null ? "Tighten the requirement." : `Write \`${suggestion.line}\`.`,
          also: `it needs ${needs}`,
          requirement,
          ...suggestion === null ? {} : { replacement: suggestion.specifier }
        }
      });
    }
  }
  return findings;
}

// src/policy/rules/yanked.ts
function checkYanked(context) {
  const findings = [];
  const severity = context.severityOf("yanked");
  for (const project of context.projects) {
    for (const release of listInstalledReleases(context, project)) {
      const found = lookupRelease(context, project, release);
      if (!found?.lookup.ok || found.lookup.value === null) continue;
      const facts = found.lookup.value;
      if (!facts.yanked) continue;
      const reason = facts.yankedReason === null ? "no reason given" : `reason: "${facts.yankedReason}"`;
      findings.push({
        rule: "yanked",
        severity,
        project: project.path,
        package: release.name,
        file: release.file,
        line: release.line,
        message: `${describeRelease(release)} is yanked on ${found.index} (${reason}). Its maintainers withdrew it: move to another release.`
      });
    }
  }
  return findings.map((finding) => ({ ...finding, facts: {} }));
}

// src/policy/soak-exceptions.ts
var import_picomatch9 = __toESM(require_picomatch2(), 1);
function waiveSoakFindings(findings, policy, today) {
  const active = listActiveExceptions(policy.exceptions, today).filter(
    (e) => e.rule === "soak"
  );
  return findings.filter((f) => !active.some((e) => isSuppressedBy(f, e)));
}
function soakExceptionInScope(exception, projects, canaryGlobs) {
  if (exception.rule !== "soak") return false;
  const canary = (path) => canaryGlobs.some((glob) => import_picomatch9.default.isMatch(path, glob, { dot: true }));
  return projects.some(
    (project) => !canary(project.path) && [...project.requirements, ...project.locked].some(
      (entry) => isSuppressedBy(
        {
          rule: "soak",
          severity: "warning",
          project: project.path,
          package: entry.name,
          file: entry.file,
          line: entry.line,
          message: ""
        },
        exception
      )
    )
  );
}

// src/policy/evaluate-policy.ts
var RULES = {
  unpinned: checkUnpinned,
  "outside-policy": checkOutsidePolicy,
  banned: checkBanned,
  "lock-mismatch": (context) => [
    ...checkLockMismatch(context),
    ...checkCompiledMismatch(context)
  ],
  // Two sources of clashes: the project's own requirements, and what its pinned packages require.
  conflict: (context) => [
    ...checkUnsatisfiable(context),
    ...checkConflict(context),
    ...checkDependencyConflicts(context)
  ],
  diverged: checkDiverged,
  inconsistent: checkInconsistent,
  compat: checkCompat,
  "exception-expired": checkExceptionExpired,
  // Judged after the other rules, from what the exceptions suppressed (see below).
  "exception-unused": () => [],
  missing: checkMissing,
  yanked: checkYanked,
  "too-new": checkTooNew,
  "index-unavailable": checkIndexUnavailable,
  index: checkIndex,
  // A change against its base branch's history, not one tree: see src/rollout/check-soak.ts.
  soak: () => [],
  "dead-marker": checkDeadMarker
};
var SEE_DEAD = /* @__PURE__ */ new Set(["dead-marker", "lock-mismatch"]);
function evaluatePolicy(projects, policy, options) {
  return evaluatePolicyWithExceptions(projects, policy, options).findings;
}
function evaluatePolicyWithExceptions(projects, policy, options) {
  const whole = createRuleContext(
    projects,
    policy,
    options.today,
    options.index
  );
  const context = { ...whole, projects: listLiveProjects(projects) };
  const all = [];
  for (const id of RULE_IDS) {
    if (policy.rules[id] === "off") continue;
    try {
      all.push(...RULES[id](SEE_DEAD.has(id) ? whole : context));
    } catch (error2) {
      all.push({
        rule: id,
        severity: "error",
        project: null,
        package: null,
        file: null,
        line: null,
        message: `pin-audit failed while checking rule \`${id}\` (this is a bug in pin-audit, please report it): ${error2 instanceof Error ? error2.stack ?? error2.message : String(error2)}`,
        facts: {}
      });
    }
  }
  const active = listActiveExceptions(policy.exceptions, options.today);
  const findings = [];
  const suppressed = [];
  const used = /* @__PURE__ */ new Set();
  for (const finding of all) {
    const by = active.filter((e) => isSuppressedBy(finding, e));
    for (const exception of by) used.add(exception);
    (by.length > 0 ? suppressed : findings).push(finding);
  }
  for (const e of active)
    if (soakExceptionInScope(e, projects, policy.rollout.canary)) used.add(e);
  if (policy.rules["exception-unused"] !== "off" && !options.partial)
    findings.push(...checkExceptionUnused(context, active, used));
  return {
    findings: sortFindings(
      consolidateFindings(findings, projects).map(finalizeFinding)
    ),
    suppressed: sortFindings(suppressed.map(finalizeFinding))
  };
}
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => (a.file === null ? 1 : 0) - (b.file === null ? 1 : 0) || compareText(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || compareText(a.rule, b.rule) || compareText(a.package ?? "", b.package ?? "") || compareText(a.project ?? "", b.project ?? "") || compareText(a.message, b.message)
  );
}

// src/policy/load-policy.ts
import { readFile as readFile2 } from "node:fs/promises";
import * as nodePath4 from "node:path";

// src/policy/closest-name.ts
function findClosestName(word, candidates) {
  const lower = word.toLowerCase();
  const prefixed = candidates.filter(
    (c) => lower.length >= 3 && c.toLowerCase().startsWith(lower)
  );
  if (prefixed.length === 1) return prefixed[0] ?? null;
  let best = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = measureEditDistance(
      word.toLowerCase(),
      candidate.toLowerCase()
    );
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const budget = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= budget ? best : null;
}
function measureEditDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = Array.from(
    { length: rows },
    (_, i) => Array.from({ length: cols }, (_2, j) => i === 0 ? j : j === 0 ? i : 0)
  );
  const at = (i, j) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    const row2 = d[i];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + cost
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(i - 2, j - 2) + 1);
      }
      row2[j] = value;
    }
  }
  return at(a.length, b.length);
}

// src/policy/describe-policy-errors.ts
function describeSchemaErrors(issues, document, file2, lineOf) {
  const problems = issues.flatMap((issue2) => describeIssue(issue2, document)).map((problem) => ({ ...problem, line: lineOf(problem.path) ?? null })).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const message = problems.map(
    (problem, i) => i === 0 ? problem.message : `${file2 ?? "policy"}${problem.line === null ? "" : `:${problem.line}`}: ${problem.message}`
  ).join("\n");
  return new ConfigurationError(message, file2, problems[0]?.line ?? null);
}
function describeIssue(issue2, document) {
  const path = issue2.path.filter(
    (key) => typeof key !== "symbol"
  );
  if (issue2.code === "unrecognized_keys") {
    const valid = listKeysAt(path);
    return issue2.keys.map((key) => {
      const closest = findClosestName(key, valid);
      const hint = closest !== null ? `; did you mean \`${closest}\`?` : valid.length > 0 ? `; expected one of ${valid.map((name2) => `\`${name2}\``).join(", ")}` : "";
      return {
        path: [...path, key],
        message: `unknown key \`${formatPath([...path, key])}\`${hint}`
      };
    });
  }
  const got = valueAt(document, path);
  const shown = `\`${formatPath(path)}\``;
  if (issue2.code === "invalid_value") {
    const values = issue2.values.map((value) => String(value));
    const closest = typeof got === "string" ? findClosestName(got, values) : null;
    const hint = closest === null ? "" : `; did you mean "${closest}"?`;
    return [
      {
        path,
        message: `${shown} must be one of ${values.map((v) => `"${v}"`).join(" | ")}, got ${formatValue(got)}${hint}`
      }
    ];
  }
  if (issue2.code === "invalid_type") {
    const expected = got === void 0 ? `is required (${issue2.expected})` : `must be ${describeExpected(path, issue2.expected)}, got ${formatValue(got)}`;
    return [{ path, message: `${shown} ${expected}` }];
  }
  if (issue2.code === "invalid_union") {
    return [
      {
        path,
        message: `${shown} must be ${describeExpected(path, "a valid value")}, got ${formatValue(got)}`
      }
    ];
  }
  return [{ path, message: `${shown}: ${issue2.message}` }];
}
function describeExpected(path, fallback) {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (last === "banned") return "a specifier set or an array of specifier sets";
  if (last === "until") return "a date such as 2026-12-31";
  if (last === "packages" && parent === "consistency")
    return '"*" or an array of package names';
  if (typeof last === "number" || last === "compat" || last === "exceptions") {
    return fallback === "object" ? "a table" : fallback === "array" ? "an array of tables" : fallback;
  }
  return fallback === "object" ? "a table" : fallback;
}
function listKeysAt(path) {
  let schema = policySchema;
  for (const key of path) {
    schema = unwrapSchema(schema);
    if (schema instanceof external_exports.ZodObject) {
      const next = schema.shape[String(key)];
      if (next === void 0) return [];
      schema = next;
    } else if (schema instanceof external_exports.ZodRecord)
      schema = schema.valueType;
    else if (schema instanceof external_exports.ZodArray) schema = schema.element;
    else return [];
  }
  schema = unwrapSchema(schema);
  return schema instanceof external_exports.ZodObject ? Object.keys(schema.shape) : [];
}
function unwrapSchema(schema) {
  let current = schema;
  for (; ; ) {
    if (current instanceof external_exports.ZodOptional || current instanceof external_exports.ZodDefault || current instanceof external_exports.ZodPrefault) {
      current = current.unwrap();
    } else if (current instanceof external_exports.ZodPipe) current = current.in;
    else return current;
  }
}
function valueAt(document, path) {
  let current = document;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return void 0;
    current = current[key];
  }
  return current;
}
function formatPath(path) {
  return path.map((key, index) => {
    if (typeof key === "number") return `[${key}]`;
    const text3 = /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
    return index === 0 ? text3 : `.${text3}`;
  }).join("");
}
function formatValue(value) {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "bigint") return String(value);
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object" && value !== null) return "a table";
  return JSON.stringify(value) ?? String(value);
}

// src/policy/extend-presets.ts
function readPresetNames(value, file2, lineOf) {
  if (value === void 0) return [];
  const names = Array.isArray(value) ? value : [value];
  return names.map((name2, index) => {
    if (typeof name2 === "string" && PRESET_NAMES.includes(name2)) {
      return name2;
    }
    const path = Array.isArray(value) ? ["extends", index] : ["extends"];
    const line = lineOf(path) ?? null;
    const closest = typeof name2 === "string" ? findClosestName(name2, PRESET_NAMES) : null;
    const hint = closest === null ? "" : `; did you mean \`${closest}\`?`;
    throw new ConfigurationError(
      `unknown preset ${JSON.stringify(name2)} in \`extends\`, expected one of ${PRESET_NAMES.map((n) => `"${n}"`).join(", ")}${hint}`,
      file2,
      line
    );
  });
}
function normalizePackageKeys(value, file2, lineOf) {
  const { extends: _extends, ...tables } = value;
  const packages = tables.packages;
  if (!isTable(packages)) return tables;
  const seen = /* @__PURE__ */ new Map();
  for (const key of Object.keys(packages)) {
    const normalized = normalizeName(key);
    const previous = seen.get(normalized);
    if (previous !== void 0) {
      const line = lineOf(["packages", key]) ?? null;
      throw new ConfigurationError(
        `[packages.${key}] and [packages.${previous}] name the same package (${normalized}); merge them`,
        file2,
        line
      );
    }
    seen.set(normalized, key);
  }
  return tables;
}
function mergeUnder(under, over) {
  const merged = { ...over };
  for (const [key, underValue] of Object.entries(under)) {
    const overValue = over[key];
    if (overValue === void 0) merged[key] = underValue;
    else if (key === "packages" && isTable(underValue) && isTable(overValue)) {
      const byName = new Map(
        Object.keys(overValue).map((name2) => [normalizeName(name2), name2])
      );
      const packages = { ...overValue };
      for (const [name2, settings] of Object.entries(underValue)) {
        const overName = byName.get(normalizeName(name2));
        const overSettings = overName === void 0 ? void 0 : overValue[overName];
        if (overName === void 0) packages[name2] = settings;
        else if (isTable(settings) && isTable(overSettings)) {
          packages[overName] = mergeUnder(settings, overSettings);
        }
      }
      merged[key] = packages;
    } else if (isTable(underValue) && isTable(overValue))
      merged[key] = mergeUnder(underValue, overValue);
    else if (key === "compat" && Array.isArray(underValue) && Array.isArray(overValue)) {
      merged[key] = [...overValue, ...underValue];
    }
  }
  return merged;
}
function isTable(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

// src/policy/presets.ts
var MCP_PRESET = {
  description: "MCP stack: mcp ~=1.23.3, anyio >=4.4,<5, httpx >=0.27.1,<1 next to mcp >=1.13, exact pins in requirements files, one version of mcp/anyio/httpx across projects",
  tables: {
    pins: { requirements: "exact" },
    packages: {
      mcp: {
        allowed: "~=1.23.3",
        reason: "the MCP stack is validated on mcp 1.23.x"
      },
      anyio: {
        allowed: ">=4.4,<5",
        reason: "anyio 4.4 fixes task-group cancellation that silently drops connections under concurrent tool calls"
      }
    },
    compat: [
      {
        when: "mcp>=1.13,<2",
        require: "httpx>=0.27.1,<1",
        // One clause: the details (httpx 1.0 dev releases are a rewrite, mcp up to 1.27.0 declares no upper
        // bound) are in docs/policy.md.
        reason: "mcp 1.13+ needs httpx 0.27.1 or later, and httpx 1.0 pre-releases break `import mcp`"
      }
    ],
    consistency: { packages: ["mcp", "anyio", "httpx"] }
  }
};
var PRESETS = { mcp: MCP_PRESET };

// src/policy/load-policy.ts
var POLICY_FILE = "pin-audit.toml";
var PYPROJECT = "pyproject.toml";
var PYPROJECT_PREFIX = ["tool", "pin-audit"];
function createDefaultPolicy() {
  return loadPolicyFromToml({}, null, () => void 0);
}
function loadPolicyFromToml(value, file2, lineOf) {
  if (!isTable(value)) {
    throw new ConfigurationError("the policy must be a TOML table", file2, null);
  }
  const presets = readPresetNames(value.extends, file2, lineOf);
  const fileTables = normalizePackageKeys(value, file2, lineOf);
  let merged = fileTables;
  for (const name2 of presets) merged = mergeUnder(PRESETS[name2].tables, merged);
  const result = policySchema.safeParse(merged);
  if (!result.success)
    throw describeSchemaErrors(result.error.issues, merged, file2, lineOf);
  const document = result.data;
  const countIn = (key) => {
    const entries = fileTables[key];
    return Array.isArray(entries) ? entries.length : 0;
  };
  const fileCompat = countIn("compat");
  const compat = document.compat.map((rule, index) => ({
    when: rule.when,
    require: rule.require,
    reason: rule.reason ?? null,
    line: index < fileCompat ? lineOf(["compat", index]) ?? null : null
  }));
  const exceptions = readExceptions(document, lineOf);
  const packages = {};
  for (const [name2, settings] of Object.entries(document.packages))
    packages[normalizeName(name2)] = settings;
  const consistencyPackages = document.consistency.packages;
  return {
    file: file2,
    presets,
    pins: document.pins,
    packages,
    compat,
    consistency: {
      packages: consistencyPackages === "*" ? "*" : [...new Set(consistencyPackages.map(normalizeName))]
    },
    exceptions,
    install: readInstallDeclarations(document, lineOf),
    cooldown: {
      default: parseDuration(document.cooldown.default) ?? 0,
      packages: Object.fromEntries(
        Object.entries(document.cooldown.packages).map(([name2, text3]) => [
          normalizeName(name2),
          parseDuration(text3) ?? 0
        ])
      )
    },
    indexUrl: document["index-url"] ?? null,
    indexConcurrency: document["index-concurrency"],
    indexes: { allowed: document.indexes.allowed },
    rollout: {
      canary: document.rollout.canary,
      soak: parseDuration(document.rollout.soak) ?? 0,
      soakText: document.rollout.soak,
      wave: document.rollout.wave === "all" ? null : document.rollout.wave
    },
    rules: document.rules
  };
}
function readExceptions(document, lineOf) {
  return document.exceptions.map((exception, index) => ({
    rule: exception.rule,
    package: exception.package === void 0 ? null : normalizeName(exception.package),
    project: exception.project ?? null,
    file: exception.file ?? null,
    until: exception.until ?? null,
    reason: exception.reason,
    line: lineOf(["exceptions", index]) ?? null
  }));
}
function readInstallDeclarations(document, lineOf) {
  return document.install.map((entry, index) => ({
    each: [...entry.each],
    with: [...entry.with],
    line: lineOf(["install", index]) ?? null
  }));
}
async function loadPolicy(root, explicitPath) {
  if (explicitPath !== void 0) {
    const text3 = await readText(nodePath4.resolve(root, explicitPath));
    if (text3 === null) {
      throw new ConfigurationError(
        `policy file ${explicitPath} not found`,
        explicitPath,
        null
      );
    }
    const inPyproject = nodePath4.basename(explicitPath) === PYPROJECT;
    const policy = inPyproject ? readPyprojectPolicy(text3, explicitPath, true) : readPolicyFile(text3, explicitPath);
    if (policy === null) {
      throw new ConfigurationError(
        `${explicitPath} has no [tool.pin-audit] table`,
        explicitPath,
        null
      );
    }
    return describeLoaded(policy, { kind: "explicit", file: explicitPath });
  }
  const fileText = await readText(nodePath4.join(root, POLICY_FILE));
  const pyprojectText = await readText(nodePath4.join(root, PYPROJECT));
  const fromPyproject = pyprojectText === null ? null : readPyprojectPolicy(pyprojectText, PYPROJECT, false);
  if (fileText !== null) {
    if (fromPyproject !== null) {
      throw new ConfigurationError(
        `both ${POLICY_FILE} and [tool.pin-audit] in ${PYPROJECT} define a policy; keep one of them`,
        POLICY_FILE,
        null
      );
    }
    return describeLoaded(readPolicyFile(fileText, POLICY_FILE), {
      kind: "file",
      file: POLICY_FILE
    });
  }
  if (fromPyproject !== null)
    return describeLoaded(fromPyproject, {
      kind: "pyproject",
      file: PYPROJECT
    });
  return describeLoaded(createDefaultPolicy(), { kind: "default", file: null });
}
function describePolicy(source, presets) {
  const extended2 = presets.length > 0 ? ` (extends ${presets.join(", ")})` : "";
  switch (source.kind) {
    case "default":
      return "built-in default policy: every dependency needs a version constraint, locks must match their manifests, no conflicting requirements";
    case "pyproject":
      return `[tool.pin-audit] in ${source.file}${extended2}`;
    default:
      return `${source.file}${extended2}`;
  }
}
function describeLoaded(policy, source) {
  return {
    policy,
    source,
    presets: policy.presets,
    description: describePolicy(source, policy.presets)
  };
}
async function readText(path) {
  try {
    return await readFile2(path, "utf8");
  } catch (error2) {
    if (error2.code === "ENOENT") return null;
    throw new ConfigurationError(
      `cannot read ${path}: ${String(error2)}`,
      path,
      null
    );
  }
}
function parseOrThrow(text3, file2) {
  const parsed = parseToml(text3, file2);
  if (parsed.value === null) {
    const diagnostic = parsed.diagnostics[0];
    const line = diagnostic?.line ?? null;
    throw new ConfigurationError(
      diagnostic?.message ?? "invalid TOML",
      file2,
      line
    );
  }
  return parsed.value;
}
function readPolicyFile(text3, file2) {
  const document = parseOrThrow(text3, file2);
  return loadPolicyFromToml(document.value, file2, document.lineOf);
}
function readPyprojectPolicy(text3, file2, explicit) {
  const parsed = parseToml(text3, file2);
  if (parsed.value === null) {
    if (explicit || /^\s*\[\s*tool\s*\.\s*["']?pin-audit/m.test(text3))
      parseOrThrow(text3, file2);
    return null;
  }
  const document = parsed.value;
  const tool = document.value.tool;
  if (!isTable(tool) || tool["pin-audit"] === void 0) return null;
  return loadPolicyFromToml(
    tool["pin-audit"],
    file2,
    (path) => document.lineOf([...PYPROJECT_PREFIX, ...path])
  );
}

// src/policy/requirements-needed.ts
var RULES_READING_REQUIREMENTS = [
  "conflict",
  "unpinned",
  "outside-policy",
  "compat",
  "banned"
];
function createRequirementsNeed(policy) {
  if (RULES_READING_REQUIREMENTS.every((rule) => policy.rules[rule] === "off"))
    return () => false;
  return (project, name2, version3) => !recordedByPoetryOnly(project, name2, version3);
}
function recordedByPoetryOnly(project, name2, version3) {
  for (const requirement of project.requirements)
    if (requirement.name === name2 && findPinnedVersion(requirement.specifier) === version3)
      return false;
  let recorded = false;
  for (const entry of project.locked) {
    if (entry.name !== name2 || entry.version === null) continue;
    if (parseVersion(entry.version)?.text !== version3) continue;
    if (findFileKind(project, entry.file) !== "poetry-lock") return false;
    recorded = true;
  }
  return recorded;
}

// src/report/list-checks.ts
var INDEX_RULES2 = /* @__PURE__ */ new Set([
  "yanked",
  "too-new",
  "index-unavailable"
]);
function listChecks(policy, index) {
  const lookups = [...index.releases.values()];
  const failed = lookups.filter((entry) => !entry.lookup.ok).length;
  return RULE_IDS.map((rule) => {
    if (policy.rules[rule] === "off")
      return {
        rule,
        status: "not-run",
        reason: `turned off in the policy (rules.${rule} = "off")`
      };
    if (!INDEX_RULES2.has(rule)) return { rule, status: "ran", reason: null };
    if (!index.online)
      return {
        rule,
        status: "not-run",
        reason: "offline: no package index was asked"
      };
    if (rule === "index-unavailable" || failed === 0)
      return { rule, status: "ran", reason: null };
    return failed === lookups.length ? {
      rule,
      status: "not-run",
      reason: `the package index could not be read for any of ${lookups.length} releases`
    } : {
      rule,
      status: "partial",
      reason: `${failed} of ${lookups.length} releases could not be looked up on the package index`
    };
  });
}
function describeUnchecked(checks) {
  const byReason = /* @__PURE__ */ new Map();
  for (const check2 of checks) {
    if (check2.status === "ran") continue;
    const label = `${check2.rule}${check2.status === "partial" ? " (in part)" : ""}`;
    const reason = check2.reason ?? "";
    byReason.set(reason, [...byReason.get(reason) ?? [], label]);
  }
  if (byReason.size === 0) return null;
  return [...byReason].map(
    ([reason, rules]) => `${rules.join(", ")}${reason ? ` (${reason})` : ""}`
  ).join("; ");
}

// src/report/mask-credentials.ts
var MAX_MESSAGE_CHARS = 600;
var URL_USERINFO = /:\/\/[^/@\s]*@/g;
var GITHUB_TOKEN = /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g;
var AUTHORIZATION = /(authorization\s*[:=]\s*)[^\r\n]*/gi;
function maskCredentials(text3) {
  return text3.replace(URL_USERINFO, "://***@").replace(GITHUB_TOKEN, "***").replace(AUTHORIZATION, "$1***");
}
function clipExcerpt(text3) {
  return text3.length > MAX_MESSAGE_CHARS ? `${text3.slice(0, MAX_MESSAGE_CHARS - 1)}\u2026` : text3;
}

// src/version.ts
var TOOL_NAME = "pin-audit";
var TOOL_VERSION = true ? "0.1.0" : "dev";
var TOOL_URL = "https://github.com/pin-audit/pin-audit";

// src/audit.ts
var READ_CONCURRENCY = 16;
async function auditRepository(options) {
  const scope = options.scope ?? ".";
  const globs = {
    include: options.include ?? [],
    exclude: options.exclude ?? []
  };
  checkGlobsCompile(globs);
  const loaded = await loadPolicy(options.root, options.policyPath);
  const discovery = await discoverFiles(options.root, {
    include: globs.include.map((g) => scopeGlob(g, scope)),
    exclude: globs.exclude.map((g) => scopeGlob(g, scope)),
    scope
  });
  checkGlobsMatched(globs, scope, discovery);
  const fileDiagnostics = /* @__PURE__ */ new Map();
  const addDiagnostics = (file2, diagnostics) => {
    if (diagnostics.length === 0) return;
    const list = fileDiagnostics.get(file2) ?? [];
    list.push(...diagnostics);
    fileDiagnostics.set(file2, list);
  };
  const projects = groupProjects(
    discovery.files,
    await parseFiles(discovery.files, {
      rootReal: discovery.rootReal,
      boundaryReal: options.boundary === void 0 ? discovery.rootReal : await realpath2(options.boundary),
      env: withoutCredential(options.env ?? {}),
      pool: options.parseWorkers,
      addDiagnostics
    }),
    (file2, diagnostic) => addDiagnostics(file2, [diagnostic])
  );
  const partial2 = scope !== "." || globs.include.length > 0 || globs.exclude.length > 0;
  applyInstallDeclarations(projects, loaded.policy, { partial: partial2 });
  const projectPaths = new Set(projects.map((p) => p.path));
  const findings = [
    ...listDiscoveryFindings(discovery, projectPaths, options),
    ...listFileFindings(fileDiagnostics, projectPaths)
  ];
  const gathered = await gatherFacts(projects, loaded, options);
  const evaluated = evaluatePolicy(projects, loaded.policy, {
    today: options.today ?? /* @__PURE__ */ new Date(),
    index: gathered.facts,
    partial: partial2
  });
  for (const f of findings) f.message = clipExcerpt(f.message);
  findings.push(...evaluated);
  for (const f of findings)
    f.message = maskSecrets(
      redactUrl(maskCredentials(f.message)),
      gathered.secrets
    );
  findings.sort(compareFindings);
  const report = buildReport(
    options.root,
    toReportPolicy(loaded),
    projects,
    findings,
    discovery.files.length
  );
  report.checks = listChecks(loaded.policy, gathered.facts);
  return { ...report, packageLinks: collectPackageLinks(gathered.facts) };
}
function gatherFacts(projects, loaded, options) {
  return gatherIndexFacts(projects, {
    offline: options.offline ?? true,
    indexUrl: options.indexUrl ?? loaded.policy.indexUrl,
    cacheDir: options.cacheDir ?? null,
    env: options.networkEnv ?? options.env ?? {},
    token: options.indexToken ?? null,
    http: {
      concurrency: options.indexConcurrency ?? loaded.policy.indexConcurrency
    },
    needsRequirements: createRequirementsNeed(loaded.policy)
  });
}
function toReportPolicy(loaded) {
  return {
    source: loaded.source.kind,
    file: loaded.source.file,
    presets: loaded.presets,
    description: loaded.description
  };
}
function listDiscoveryFindings(discovery, projectPaths, options) {
  const findings = [];
  for (const issue2 of discovery.issues) {
    findings.push({
      rule: issue2.rule ?? "discovery",
      severity: issue2.rule === "unauditable" ? "error" : issue2.severity,
      project: nearestProject(issue2.path, projectPaths),
      package: null,
      file: issue2.path,
      line: null,
      message: issue2.message
    });
  }
  if (discovery.files.length === 0)
    findings.push({
      rule: "discovery",
      severity: "warning",
      project: null,
      package: null,
      file: null,
      line: null,
      message: describeNoFiles(options)
    });
  return findings;
}
function listFileFindings(fileDiagnostics, projectPaths) {
  const findings = [];
  for (const [file2, diagnostics] of fileDiagnostics) {
    const seen = /* @__PURE__ */ new Set();
    for (const d of diagnostics) {
      const key = `${d.severity}\0${d.line}\0${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({
        rule: d.rule ?? "invalid-file",
        severity: d.rule === "unauditable" ? "error" : d.severity,
        project: nearestProject(posix6.dirname(file2), projectPaths),
        package: null,
        file: file2,
        line: d.line,
        message: d.message
      });
    }
  }
  return findings;
}
async function parseFiles(files, options) {
  const pool = options.pool === false ? void 0 : options.pool ?? {
    workerUrl: new URL("./parse-worker.js", import.meta.url)
  };
  let outcomes = null;
  if (canUseParsePool(pool, files.length)) {
    outcomes = await parseInWorkers(
      files,
      {
        rootReal: options.rootReal,
        boundaryReal: options.boundaryReal,
        env: options.env
      },
      pool
    ).catch(() => null);
  }
  if (outcomes === null) {
    const reader = createRequirementsReader(
      options.rootReal,
      options.env,
      options.boundaryReal
    );
    outcomes = await mapConcurrently(
      files,
      READ_CONCURRENCY,
      (file2) => parseDiscoveredFile(file2, reader)
    );
  }
  const parsed = [];
  for (const outcome of outcomes) {
    for (const [file2, diagnostics] of outcome.diagnostics)
      options.addDiagnostics(file2, diagnostics);
    if (outcome.parsed !== null) parsed.push(outcome.parsed);
  }
  return parsed;
}
function describeNoFiles(options) {
  const globs = [
    ...(options.include ?? []).map((g) => `include ${JSON.stringify(g)}`),
    ...(options.exclude ?? []).map((g) => `exclude ${JSON.stringify(g)}`)
  ];
  return `no dependency files found under ${options.root}${globs.length > 0 ? ` (${globs.join(", ")})` : ""}`;
}
function nearestProject(path, projectPaths) {
  let dir = path === "" ? "." : path;
  for (; ; ) {
    if (projectPaths.has(dir)) return dir;
    if (dir === ".") return null;
    dir = posix6.dirname(dir);
  }
}
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function compareFindings(a, b) {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareStrings(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || compareStrings(a.rule, b.rule) || compareStrings(a.package ?? "", b.package ?? "") || compareStrings(a.message, b.message);
}
function buildReport(root, policy, projects, findings, fileCount) {
  const count2 = (severity) => findings.filter((f) => f.severity === severity).length;
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    root,
    policy,
    projects,
    findings,
    summary: {
      projects: projects.length,
      files: fileCount,
      requirements: projects.reduce((n, p) => n + p.requirements.length, 0),
      locked: projects.reduce((n, p) => n + p.locked.length, 0),
      errors: count2("error"),
      warnings: count2("warning"),
      notices: count2("notice")
    }
  };
}
async function mapConcurrently(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const workers = Array.from(
    { length: Math.min(limit, items.length) },
    async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await fn(items[index]);
      }
    }
  );
  await Promise.all(workers);
  return results;
}
function withoutCredential(env) {
  if (env[INDEX_TOKEN_ENV] === void 0) return env;
  const { [INDEX_TOKEN_ENV]: _credential, ...rest } = env;
  return rest;
}

// src/cli/cli-options.ts
var AUDIT_USAGE = "Usage: pin-audit [path] [options]";
var DRIFT_USAGE = "Usage: pin-audit drift [path] [options]";
var MERGE_USAGE = "Usage: pin-audit merge <report.json>... [options]";
var USAGE = `${AUDIT_USAGE}
       pin-audit drift [path] [options]
       pin-audit merge <report.json>... [options]
       pin-audit fix [path] [options]      (see pin-audit fix --help)

Audits the Python dependency files below path (default: the current directory):
pyproject.toml, requirements files, uv.lock, pylock.toml and poetry.lock.

Options:
  -f, --format <format>          text, json, markdown or sarif (SARIF 2.1.0 for code scanning; not for drift
                                 and merge); default: text
  --fail-on <error|warning|never>
                                 exit 1 on findings of this severity or worse (default: error)
  --policy <file>                policy file (default: the nearest pin-audit.toml or [tool.pin-audit] in a
                                 pyproject.toml from path up to the repository root; the report says which
                                 file it used; without one, the built-in default policy)
  -o, --output <file>            write the report to a file instead of stdout
  --include <glob>               only audit files matching the glob (repeatable); a glob that matches no
                                 dependency file is an error (exit 2)
  --exclude <glob>               skip files and directories matching the glob (repeatable); a glob that
                                 skips nothing is an error (exit 2)
  --offline                      never contact a package index: yanked and too-new are not checked (the
                                 report says so), and dependency requirements come from locks and
                                 pin-audit's shipped knowledge
  --index-url <url>              package index to check pins against (an http(s) URL: PyPI JSON API root, or
                                 a PEP 691 Simple API ending in /simple); default: the policy's index-url,
                                 else the project's own index, else https://pypi.org. Credentials may be in
                                 the URL or in PIN_AUDIT_INDEX_TOKEN; they are never printed
  --cache-dir <dir>              keep index answers here and revalidate them (ETag / Last-Modified)
  --index-concurrency <n>        requests in flight at once per index host (1-256; default: the policy's
                                 index-concurrency, 50); a 429 or 503 lowers it for a while
  --base-ref <ref>               compare with this git ref (as the action compares a pull request with its
                                 base): findings marked new or existing, dependency changes, rule soak
  --inventory                    text format: also list every requirement and locked package
  --verbose                      text format: each finding's whole message (why, what else the fix
                                 changes, tables), not only the problem and the fix
  --color / --no-color           force colours on or off (default: on for a terminal, off with NO_COLOR)
  --version                      print the version
  -h, --help                     print this help

Text output lists findings by project (each as its problem and its fix, in about two lines), clean projects
in one line, and a closing summary; it wraps to the terminal's width (100 columns when not a terminal).

Exit status: 0 no finding at or above --fail-on, 1 such findings, 2 the audit could not run (usage or
configuration error).

pin-audit drift [path]: how far every exact pin and locked version is behind its index (releases behind by
major/minor/patch, libyears, yanked) and the newest release the policy allows (cooldowns shown as "not yet").
  Takes --format, --output, --policy, --include, --exclude, --offline, --index-url, --cache-dir, --index-concurrency, and:
  --name <name>                  repository name in the report (default: the path)
  --previous <file>              markdown: write the drift issue body (hidden marker and state), with what
                                 changed since the state in <file> (a previous body; a missing file is none)
  --fail-on-drift                exit 1 when anything is behind or yanked, or could not be checked (offline,
                                 or the index did not answer): a report that checked nothing is no all-clear

pin-audit merge <report.json>...: one fleet report from many repositories' JSON reports (drift reports from
\`pin-audit drift --format json\`, or audit reports from \`--format json\`, which give the versions in use only).
  Takes --format, --output, --previous and --fail-on-drift. A file that is not a valid report exits with 2.
`;
var FORMATS = ["text", "json", "markdown"];
var AUDIT_FORMATS = [...FORMATS, "sarif"];
var AUDIT_OPTIONS = {
  format: { type: "string", short: "f", default: "text" },
  output: { type: "string", short: "o" },
  policy: { type: "string" },
  offline: { type: "boolean", default: false },
  "index-url": { type: "string" },
  "cache-dir": { type: "string" },
  "index-concurrency": { type: "string" },
  include: { type: "string", multiple: true },
  exclude: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" }
};

// src/cli/parse-command-line.ts
import { parseArgs } from "node:util";
var UsageError = class extends ConfigurationError {
  constructor(message, usage) {
    super(message);
    this.usage = usage;
  }
  usage;
  name = "UsageError";
};
function describeUsageError(error2) {
  return `${TOOL_NAME}: ${error2.message}
${error2.usage}
For more information, try '${TOOL_NAME} --help'.
`;
}
function parseCommandLine(argv, options, usage) {
  const parsed = parseArgs({
    args: [...argv],
    options,
    allowPositionals: true,
    allowNegative: true,
    strict: false,
    tokens: true
  });
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== "option") continue;
    const spec = options[token.name];
    const shown = token.rawName;
    if (spec === void 0 || token.rawName.startsWith("--no-") && spec.type === "string")
      throw new UsageError(describeUnknownOption(shown, options), usage);
    if (spec.type === "string") {
      if (token.value === void 0 || !token.inlineValue && token.value.startsWith("-") && token.value !== "-")
        throw new UsageError(`${shown} needs a value`, usage);
    } else if (token.value !== void 0)
      throw new UsageError(`${shown} takes no value`, usage);
  }
  return {
    values: parsed.values,
    positionals: parsed.positionals
  };
}
function describeUnknownOption(raw, options) {
  const names = Object.keys(options).flatMap(
    (name2) => options[name2]?.type === "boolean" ? [`--${name2}`, `--no-${name2}`] : [`--${name2}`]
  );
  const word = raw.split("=")[0] ?? raw;
  const closest = word.startsWith("--") ? findClosestName(word, names) : null;
  return `unknown option ${word}${closest === null ? "" : `; did you mean ${closest}?`}`;
}
function readChoice(option, value, choices, usage) {
  if (choices.includes(value)) return value;
  const closest = findClosestName(value, choices);
  throw new UsageError(
    `--${option} must be one of ${choices.join(", ")}; got "${value}"${closest === null ? "" : `; did you mean "${closest}"?`}`,
    usage
  );
}

// src/cli/prepare-audit.ts
import { stat as stat2 } from "node:fs/promises";
import { join as join9, relative as relative3, resolve as resolve3 } from "node:path";

// src/cli/locate-audit.ts
import { readFile as readFile3, stat } from "node:fs/promises";
import { dirname, join as join8, parse as parse4, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
var POLICY_FILE2 = "pin-audit.toml";
async function locateAudit(audited, explicitPolicy) {
  const auditedAbs = resolve2(audited);
  const repository = await findRepositoryRoot(auditedAbs);
  const policyDir = explicitPolicy ? null : await findPolicyDirectory(
    auditedAbs,
    repository ?? parse4(auditedAbs).root
  );
  if (policyDir === null || policyDir === auditedAbs)
    return {
      root: audited,
      scope: ".",
      boundary: repository ?? auditedAbs,
      policyAbove: false
    };
  return {
    root: relative2(process.cwd(), policyDir) || ".",
    scope: relative2(policyDir, auditedAbs).split(sep2).join("/"),
    boundary: repository ?? policyDir,
    policyAbove: true
  };
}
async function findRepositoryRoot(dir) {
  for (let current = dir; ; current = dirname(current)) {
    if (await exists(join8(current, ".git"))) return current;
    if (dirname(current) === current) return null;
  }
}
async function findPolicyDirectory(dir, stop) {
  for (let current = dir; ; current = dirname(current)) {
    if (await exists(join8(current, POLICY_FILE2))) return current;
    if (await hasPyprojectPolicy(join8(current, "pyproject.toml")))
      return current;
    if (current === stop || dirname(current) === current) return null;
  }
}
async function hasPyprojectPolicy(path) {
  const text3 = await readFile3(path, "utf8").catch(() => null);
  if (text3 === null) return false;
  const parsed = parseToml(text3, path);
  if (parsed.value === null)
    return /^\s*\[\s*tool\s*\.\s*["']?pin-audit/m.test(text3);
  const tool = parsed.value.value.tool;
  return typeof tool === "object" && tool !== null && tool["pin-audit"] !== void 0;
}
async function exists(path) {
  return await stat(path).catch(() => null) !== null;
}

// src/cli/prepare-audit.ts
var COMMANDS = ["drift", "merge", "fix"];
async function prepareAudit(positionals, values, io, usage) {
  const audited = await checkAuditedRoot(positionals, usage);
  const indexUrl = checkIndexUrl(values["index-url"], usage);
  const policy = values.policy;
  const location = await locateAudit(audited, policy !== void 0);
  const cacheDir = values["cache-dir"];
  const indexConcurrency = checkIndexConcurrency(
    values["index-concurrency"],
    usage
  );
  const options = {
    root: location.root,
    scope: location.scope,
    boundary: location.boundary,
    include: values.include ?? [],
    exclude: values.exclude ?? [],
    env: io.env,
    indexToken: io.env[INDEX_TOKEN_ENV] ?? null,
    // Paths on the command line are relative to where the command runs, like every other path.
    ...policy !== void 0 ? { policyPath: resolve3(policy) } : {},
    offline: values.offline === true,
    ...indexUrl !== void 0 ? { indexUrl } : {},
    ...cacheDir !== void 0 ? { cacheDir: resolve3(cacheDir) } : {},
    ...indexConcurrency !== void 0 ? { indexConcurrency } : {}
  };
  return { options, location };
}
async function checkAuditedRoot(positionals, usage) {
  const first = positionals[0] ?? ".";
  const info = await stat2(first).catch(() => null);
  const command = info === null ? findClosestName(first, COMMANDS) : null;
  if (command !== null)
    throw new UsageError(
      `unknown command \`${first}\`; did you mean \`${command}\`?`,
      usage
    );
  if (positionals.length > 1)
    throw new UsageError(
      `expected one path, got ${positionals.length}: ${positionals.map((p) => JSON.stringify(p)).join(" ")}`,
      usage
    );
  if (!info) throw new UsageError(`${first}: no such directory`, usage);
  if (!info.isDirectory())
    throw new UsageError(
      `${first}: not a directory (give the directory to audit)`,
      usage
    );
  return first;
}
function checkIndexUrl(value, usage) {
  if (value === void 0) return void 0;
  const text3 = String(value);
  let url2 = null;
  try {
    url2 = new URL(text3);
  } catch {
    url2 = null;
  }
  if (url2 === null || url2.protocol !== "https:" && url2.protocol !== "http:")
    throw new UsageError(
      `--index-url must be an absolute http(s) URL such as https://pypi.org/simple; got ${JSON.stringify(redactCredentials(text3))}`,
      usage
    );
  return text3;
}
function checkIndexConcurrency(value, usage) {
  if (value === void 0) return void 0;
  const text3 = String(value).trim();
  const n = /^\d+$/.test(text3) ? Number(text3) : Number.NaN;
  if (!(n >= 1 && n <= 256))
    throw new UsageError(
      `--index-concurrency must be a whole number from 1 to 256; got ${JSON.stringify(String(value))}`,
      usage
    );
  return n;
}
function redactCredentials(text3) {
  return text3.replace(/\/\/[^/@\s]*@/, "//***@");
}
function describeLocatedPolicy(report, prepared) {
  const { location } = prepared;
  if (!location.policyAbove) return;
  report.scope = location.scope;
  if (report.policy.file === null) return;
  const shown = relative3(process.cwd(), join9(resolve3(location.root), report.policy.file)) || report.policy.file;
  report.policy.description = describePolicy(
    { kind: report.policy.source, file: shown },
    report.policy.presets
  );
}

// src/cli/run-drift.ts
import { readFile as readFile4 } from "node:fs/promises";

// src/rollout/rollout-plan.ts
var dateTime = external_exports.iso.datetime({ offset: true }).nullable();
var text = external_exports.string().max(1e4);
var rolloutPlanSchema = external_exports.strictObject({
  package: text,
  target: text,
  waves: external_exports.array(
    external_exports.strictObject({
      wave: external_exports.number().int().min(0),
      canary: external_exports.boolean(),
      projects: external_exports.array(text),
      command: text,
      state: external_exports.enum(["ready", "soaking", "soaked", "waiting", "done"]),
      adoptedAt: dateTime,
      soakEndsAt: dateTime
    })
  )
});

// src/model/drift-report.ts
function isDrifting(entry) {
  return entry.status === "behind" || entry.status === "yanked";
}

// src/drift/drift-report.ts
var nonNegative = external_exports.number().int().min(0);
var text2 = external_exports.string().max(1e4);
var version2 = external_exports.string().max(200).refine((v) => parseVersion(v)?.text === v, {
  message: "not a normalized PEP 440 version"
});
var dateTime2 = external_exports.iso.datetime({ offset: true });
var driftEntrySchema = external_exports.strictObject({
  project: text2,
  package: text2,
  current: version2,
  sources: external_exports.array(
    external_exports.strictObject({
      kind: external_exports.enum(["pinned", "locked"]),
      file: text2,
      line: nonNegative
    })
  ).max(1e4),
  status: external_exports.enum(["behind", "up-to-date", "yanked", "unknown"]),
  // Fields added after the first release default, so a fleet can merge reports of older pin-audit versions.
  unchecked: external_exports.enum(["offline", "audit-report", "index-error", "not-on-index"]).nullable().default(null),
  note: text2.nullable(),
  currentOnIndex: external_exports.boolean().nullable().default(null),
  currentUploaded: dateTime2.nullable(),
  yankedReason: text2.nullable(),
  latest: version2.nullable(),
  latestUploaded: dateTime2.nullable(),
  updateType: external_exports.enum(["major", "minor", "patch", "other"]).nullable(),
  behind: external_exports.strictObject({
    major: nonNegative,
    minor: nonNegative,
    patch: nonNegative,
    other: nonNegative.default(0),
    total: nonNegative
  }),
  libyears: external_exports.number().min(0).nullable(),
  allowed: version2.nullable(),
  currentAllowed: external_exports.boolean(),
  notYet: external_exports.strictObject({ version: version2, allowedAt: dateTime2 }).nullable(),
  pythonExcluded: external_exports.strictObject({
    version: version2,
    requiresPython: text2,
    projectRequiresPython: text2
  }).nullable().default(null)
});
var driftRepositorySchema = external_exports.strictObject({
  name: text2,
  policy: text2,
  projects: external_exports.array(text2),
  entries: external_exports.array(driftEntrySchema),
  rollout: external_exports.array(rolloutPlanSchema).optional()
});
var driftReportSchema = external_exports.strictObject({
  schemaVersion: external_exports.literal(1),
  kind: external_exports.literal("drift"),
  tool: external_exports.strictObject({ name: text2, version: text2 }),
  generatedAt: dateTime2,
  repositories: external_exports.array(driftRepositorySchema),
  // Derived data: recomputed on merge, so only its shape is checked.
  fleet: external_exports.array(external_exports.unknown()),
  summary: external_exports.record(external_exports.string(), external_exports.number())
});

// src/index/gather-release-lists.ts
function projectPackageKey(project, name2) {
  return `${project}\0${name2}`;
}
async function gatherReleaseLists(projects, wanted, options) {
  const token = options.token || null;
  const listings = /* @__PURE__ */ new Map();
  if (options.offline)
    return { online: false, listings, secrets: token ? [token] : [] };
  const session = createIndexSession({ ...options, token });
  const pending = /* @__PURE__ */ new Map();
  const list = (raw, name2) => {
    const found = session.clientFor(raw);
    if (!found.ok)
      return { index: found.url, answer: Promise.resolve(found.lookup) };
    const key = `${found.key}\0${name2}`;
    let answer = pending.get(key);
    if (answer === void 0) {
      answer = settleLookup(found.client.listReleases(name2));
      pending.set(key, answer);
    }
    return { index: found.url, answer };
  };
  const jobs = [];
  for (const project of projects) {
    const index = chooseProjectIndex(project, options.indexUrl ?? null);
    for (const name2 of wanted.get(project.path) ?? []) {
      const asked = list(index, name2);
      jobs.push(
        asked.answer.then((lookup) => {
          listings.set(projectPackageKey(project.path, name2), {
            index: asked.index,
            // An error message may echo a URL: never one with credentials.
            lookup: lookup.ok ? lookup : { ok: false, error: redactUrl(lookup.error) }
          });
        })
      );
    }
  }
  await Promise.all(jobs);
  return { online: true, listings, secrets: session.secrets() };
}

// src/github/git-tree.ts
import { execFile } from "node:child_process";

// src/github/materialize-tree.ts
import { lstat, mkdir as mkdir3, symlink, truncate, writeFile as writeFile3 } from "node:fs/promises";
import { dirname as dirname2, join as join10, posix as posix7 } from "node:path";

// src/github/virtualenv-layout.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
function findVirtualenvs(entries) {
  const dirs = /* @__PURE__ */ new Set();
  for (const entry of entries)
    for (let dir = parentOf(entry.path); dir !== ""; dir = parentOf(dir))
      dirs.add(dir);
  const found = [];
  for (const entry of entries) {
    if (entry.symlink || !entry.path.endsWith("pyvenv.cfg")) continue;
    const dir = parentOf(entry.path);
    if (dir === "" || `${dir}/pyvenv.cfg` !== entry.path) continue;
    const scripts = ["bin", "Scripts"].find((d) => dirs.has(`${dir}/${d}`));
    const lib = ["lib", "Lib"].find((d) => dirs.has(`${dir}/${d}`));
    if (scripts !== void 0 && lib !== void 0)
      found.push({ dir, layout: [scripts, lib] });
  }
  return found;
}
async function writeVirtualenvLayouts(entries, inside) {
  for (const { dir, layout } of findVirtualenvs(entries)) {
    for (const sub of layout)
      await mkdir2(await inside(`${dir}/${sub}`), { recursive: true });
    await writeFile2(await inside(`${dir}/pyvenv.cfg`), "", { flag: "a" });
  }
}

// src/github/materialize-tree.ts
var MAX_INCLUDE_FILES = 2e3;
function selectAuditedFiles(entries) {
  const siblingsOf = groupSiblings(entries);
  return entries.filter(
    (e) => !e.symlink && classifyFile(e.path, siblingsOf(e.path)) !== null
  );
}
function treeView(byPath, readBlob) {
  const dirs = /* @__PURE__ */ new Set([""]);
  for (const path of byPath.keys())
    for (let dir = parentOf(path); !dirs.has(dir); dir = parentOf(dir))
      dirs.add(dir);
  const targets = /* @__PURE__ */ new Map();
  return {
    async lstat(path) {
      const entry = byPath.get(path);
      if (entry !== void 0) return entry.symlink ? "link" : "file";
      return dirs.has(path) ? "dir" : "missing";
    },
    readlink(path) {
      let target = targets.get(path);
      if (target === void 0) {
        target = readBlob(byPath.get(path)).then(
          (bytes) => Buffer.from(bytes).toString("utf8")
        );
        targets.set(path, target);
      }
      return target;
    },
    // A link in a commit to an absolute path names the runner's files, never the commit's.
    underRoot: () => null
  };
}
async function materializeEntries(entries, destDir, concurrency, readBlob) {
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const view = treeView(byPath, readBlob);
  const siblingsOf = groupSiblings(entries);
  const warnings = [];
  const content = /* @__PURE__ */ new Map();
  const copy = (path) => {
    let bytes = content.get(path);
    if (bytes === void 0) {
      const entry = byPath.get(path);
      bytes = entry.size > MAX_FILE_BYTES ? Promise.resolve(entry.size) : readBlob(entry);
      content.set(path, bytes);
    }
    return bytes;
  };
  const isRequirements = (path) => classifyFile(path, siblingsOf(path)) === "requirements";
  const pending = [];
  const links = entries.filter((e) => e.symlink);
  await forEachConcurrently(
    selectAuditedFiles(entries),
    concurrency,
    async (entry) => {
      const bytes = await copy(entry.path);
      if (isRequirements(entry.path))
        pending.push({ openedAs: entry.path, bytes });
    }
  );
  const linkedDirs = [];
  await forEachConcurrently(links, concurrency, async (link) => {
    const target = await resolvePath(view, "", link.path);
    if (target.ok && target.kind === "dir" && target.path !== "")
      linkedDirs.push(target.path);
    if (!target.ok || target.kind !== "file") return;
    const bytes = await copy(target.path);
    if (isRequirements(link.path)) pending.push({ openedAs: link.path, bytes });
  });
  for (const entry of selectAuditedFiles(entries))
    if (classifyFile(entry.path, siblingsOf(entry.path)) === "pyproject")
      pending.push(...await copyDynamicFiles(entry.path, view, copy));
  await followIncludes(pending, view, copy, warnings);
  const written = await writeContent(destDir, content);
  for (const dir of linkedDirs)
    await mkdir3(await targetInside(destDir, dir), { recursive: true });
  await writeVirtualenvLayouts(entries, (path) => targetInside(destDir, path));
  for (const link of links) {
    const target = await view.readlink(link.path);
    if (target.includes("\0")) continue;
    await writeLinkInside(destDir, link.path, target);
    written.push(link.path);
  }
  return {
    files: written.sort(),
    warnings: warnings.sort(
      (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0
    )
  };
}
async function writeContent(destDir, content) {
  const written = [];
  for (const [path, bytes] of content) {
    const value = await bytes;
    if (typeof value === "number")
      await writeSparseInside(destDir, path, value);
    else await writeInside(destDir, path, value);
    written.push(path);
  }
  return written;
}
async function copyDynamicFiles(pyproject, view, copy) {
  const bytes = await copy(pyproject);
  if (typeof bytes === "number") return [];
  const toml = parseToml(Buffer.from(bytes).toString("utf8"), pyproject);
  const found = [];
  for (const file2 of listDynamicFiles(toml.value)) {
    const openedAs = `${parentOf(pyproject) || "."}/${file2}`;
    const target = await resolvePath(view, "", openedAs);
    if (target.ok && target.kind === "file")
      found.push({ openedAs, bytes: await copy(target.path) });
  }
  return found;
}
async function followIncludes(pending, view, copy, warnings) {
  const seen = /* @__PURE__ */ new Set();
  while (pending.length > 0) {
    const { openedAs, bytes } = pending.pop();
    if (typeof bytes === "number") continue;
    const decoded = decodeRequirementsBytes(bytes);
    if (!decoded.ok) continue;
    const parsed = parseRequirementsTxt(decoded.text, openedAs);
    for (const include of parsed.value.includes) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(include.target)) continue;
      const includedAs = include.target.startsWith("/") ? include.target : `${parentOf(openedAs) || "."}/${include.target}`;
      const target = await resolvePath(view, "", includedAs);
      if (!target.ok || target.kind !== "file") continue;
      const dir = await resolvePath(view, "", parentOf(includedAs) || ".");
      const from = dir.ok ? dir.path : parentOf(includedAs);
      const key = `${from}\0${target.path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (seen.size > MAX_INCLUDE_FILES) {
        warnings.push({
          path: target.path,
          rule: "unauditable",
          message: `included through more than ${MAX_INCLUDE_FILES} -r/-c files; not copied, so what pip reads from it was not audited`
        });
        continue;
      }
      pending.push({
        openedAs: `${from ? `${from}/` : ""}${posix7.basename(includedAs)}`,
        bytes: await copy(target.path)
      });
    }
  }
}
function groupSiblings(entries) {
  const byDir = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const dir = posix7.dirname(e.path);
    const names = byDir.get(dir) ?? /* @__PURE__ */ new Set();
    names.add(posix7.basename(e.path));
    byDir.set(dir, names);
  }
  return (path) => byDir.get(posix7.dirname(path)) ?? /* @__PURE__ */ new Set();
}
async function targetInside(destDir, relPath) {
  const normalized = posix7.normalize(relPath);
  if (normalized.startsWith("../") || normalized === ".." || posix7.isAbsolute(normalized) || normalized.split("/").includes(".git"))
    throw new Error(`refusing to write outside the temporary tree: ${relPath}`);
  const target = join10(destDir, ...normalized.split("/"));
  await mkdir3(dirname2(target), { recursive: true });
  const parts = normalized.split("/").slice(0, -1);
  for (let i = 1; i <= parts.length; i++) {
    const info = await lstat(join10(destDir, ...parts.slice(0, i)));
    if (!info.isDirectory())
      throw new Error(`refusing to write through a link: ${relPath}`);
  }
  return target;
}
async function writeInside(destDir, relPath, bytes) {
  await writeFile3(await targetInside(destDir, relPath), bytes);
}
async function writeSparseInside(destDir, relPath, size) {
  const target = await targetInside(destDir, relPath);
  await writeFile3(target, new Uint8Array());
  await truncate(target, size);
}
async function writeLinkInside(destDir, relPath, linkTarget) {
  await symlink(linkTarget, await targetInside(destDir, relPath));
}
async function forEachConcurrently(items, limit, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]);
    })
  );
}

// src/github/git-tree.ts
var MAX_BLOB_BYTES = 16 * 1024 * 1024;
var GIT_TIMEOUT_MS = 12e4;
var runGit = (args, cwd) => new Promise((resolvePromise, reject) => {
  execFile(
    "git",
    [...args],
    {
      cwd,
      encoding: "buffer",
      maxBuffer: MAX_BLOB_BYTES * 2,
      timeout: GIT_TIMEOUT_MS,
      env: {
        ...process.env,
        GIT_TERMINAL_PROMPT: "0",
        GIT_ASKPASS: "",
        GIT_OPTIONAL_LOCKS: "0"
      }
    },
    (error2, stdout, stderr) => {
      if (error2) {
        const detail = Buffer.from(stderr ?? "").toString("utf8").trim();
        reject(
          new Error(
            `git ${args[0]} failed: ${detail || error2.message}`.slice(
              0,
              2e3
            )
          )
        );
      } else resolvePromise(stdout);
    }
  );
});
async function resolveCommit(repoDir, ref, git = runGit, extraRefspecs = []) {
  if (ref.startsWith("-"))
    throw new Error(`refusing a ref that starts with "-": ${ref}`);
  const local = await revParse(repoDir, ref, git);
  if (local) return { commit: local, fetched: false };
  const errors = [];
  for (const refspec of [ref, ...extraRefspecs]) {
    try {
      await git(
        [
          "fetch",
          "--no-tags",
          "--no-recurse-submodules",
          "--depth=1",
          "origin",
          refspec
        ],
        repoDir
      );
      const fetched = await revParse(repoDir, ref, git) ?? await revParse(repoDir, "FETCH_HEAD", git);
      if (fetched) return { commit: fetched, fetched: true };
    } catch (error2) {
      errors.push(error2.message);
    }
  }
  throw new Error(
    `commit ${ref} is not in the checkout and could not be fetched: ${errors.join("; ")}`
  );
}
async function revParse(repoDir, ref, git) {
  try {
    const out = await git(
      [
        "rev-parse",
        "--verify",
        "--quiet",
        "--end-of-options",
        `${ref}^{commit}`
      ],
      repoDir
    );
    const sha = out.toString("utf8").trim();
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
  } catch {
    return null;
  }
}
async function listTree(repoDir, commit, prefix, git = runGit) {
  const args = ["ls-tree", "-r", "-z", "--long", "--full-tree", commit];
  if (prefix !== ".") args.push("--", `${prefix}/`);
  const out = (await git(args, repoDir)).toString("utf8");
  const entries = [];
  for (const record2 of out.split("\0")) {
    const match = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t(.*)$/s.exec(record2);
    if (match?.[2] !== "blob") continue;
    const full = match[5];
    const path = prefix === "." ? full : full.slice(prefix.length + 1);
    entries.push({
      path,
      size: match[4] === "-" ? 0 : Number(match[4]),
      // A link is kept: dropping it would hide a dependency file a pull request turned into a link.
      ...match[1] === "120000" ? { symlink: true } : {}
    });
  }
  return entries;
}
async function materializeFromGit(repoDir, commit, prefix, destDir, git = runGit) {
  const entries = await listTree(repoDir, commit, prefix, git);
  return materializeEntries(entries, destDir, 8, (entry) => {
    const full = prefix === "." ? entry.path : `${prefix}/${entry.path}`;
    return git(["cat-file", "blob", `${commit}:${full}`], repoDir);
  });
}

// src/rollout/canary-history.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join11 } from "node:path";

// src/rollout/rollout-moves.ts
var import_picomatch10 = __toESM(require_picomatch2(), 1);

// src/knowledge/mcp-stack-links.ts
var MCP_STACK_LINKS = /* @__PURE__ */ new Map([
  [
    // Repository and Issues only; tags v1.0.0 ... (one stray `1.15.0` beside `v1.15.0`).
    "mcp",
    {
      changelog: null,
      repository: "https://github.com/modelcontextprotocol/python-sdk",
      tags: { prefix: "v", since: "1.0.0" }
    }
  ],
  [
    "httpx",
    {
      changelog: "https://github.com/encode/httpx/blob/master/CHANGELOG.md",
      repository: "https://github.com/encode/httpx",
      tags: { prefix: "", since: "0.0.1" }
    }
  ],
  [
    // The metadata names only a Homepage, which is the repository; tags 0.1.0 ... 0.4.3.
    "httpx-sse",
    {
      changelog: null,
      repository: "https://github.com/florimondmanca/httpx-sse",
      tags: { prefix: "", since: "0.1.0" }
    }
  ],
  [
    "anyio",
    {
      changelog: "https://anyio.readthedocs.io/en/stable/versionhistory.html",
      repository: "https://github.com/agronholm/anyio",
      tags: { prefix: "", since: "1.0.0" }
    }
  ],
  [
    "pydantic",
    {
      changelog: "https://pydantic.dev/docs/validation/latest/get-started/changelog/",
      repository: "https://github.com/pydantic/pydantic",
      tags: { prefix: "v", since: "1.0.0" }
    }
  ],
  [
    "starlette",
    {
      changelog: "https://www.starlette.io/release-notes/",
      repository: "https://github.com/encode/starlette",
      tags: { prefix: "", since: "0.1.0" }
    }
  ],
  [
    // Tags without a prefix up to 1.1.6, `v1.2.1` on.
    "sse-starlette",
    {
      changelog: null,
      repository: "https://github.com/sysid/sse-starlette",
      tags: { prefix: "v", since: "1.2.1" }
    }
  ],
  [
    "uvicorn",
    {
      changelog: "https://www.uvicorn.org/release-notes",
      repository: "https://github.com/encode/uvicorn",
      tags: { prefix: "", since: "0.0.1" }
    }
  ]
]);

// src/report/upgrade-links.ts
function linkUpgrade(row2, metadata) {
  const shipped = MCP_STACK_LINKS.get(row2.package);
  const known = shipped !== void 0 && (metadata?.source === void 0 || githubRepository(metadata.source) === shipped.repository.toLowerCase()) ? shipped : void 0;
  const changelog = metadata?.changelog ?? known?.changelog ?? null;
  const compare = known ? compareUrl(row2, known) : null;
  return {
    ...changelog === null ? {} : { changelogUrl: changelog },
    ...compare === null ? {} : { compareUrl: compare }
  };
}
function compareUrl(row2, known) {
  if (row2.change !== "upgraded" && row2.change !== "downgraded") return null;
  const from = taggedVersion(row2.from, known);
  const to = taggedVersion(row2.to, known);
  if (from === null || to === null) return null;
  const [older, newer] = row2.change === "upgraded" ? [from, to] : [to, from];
  const { prefix } = known.tags;
  return `${known.repository}/compare/${prefix}${older}...${prefix}${newer}`;
}
function taggedVersion(text3, known) {
  if (text3 === null || !/^\d+\.\d+\.\d+$/.test(text3)) return null;
  const version3 = parseVersion(text3);
  const since = parseVersion(known.tags.since);
  if (version3 === null || since === null) return null;
  return compareVersions(version3, since) >= 0 ? text3 : null;
}
function githubRepository(url2) {
  const match = /^https?:\/\/(?:www\.)?github\.com\/([^/?#]+)\/([^/?#]+)/i.exec(
    url2
  );
  if (!match) return null;
  const repo = match[2].replace(/\.git$/i, "");
  return `https://github.com/${match[1]}/${repo}`.toLowerCase();
}

// src/report/upgrade-diff.ts
var PYPI = "https://pypi.org";
function diffUpgrades(base, head, options = {}) {
  const before = collectVersions(base);
  const after = collectVersions(head);
  const rows = [];
  for (const key of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
    const from = before.get(key);
    const to = after.get(key);
    const row2 = compareSets(from, to, options);
    if (row2)
      rows.push({
        ...row2,
        ...linkUpgrade(row2, options.links?.get(row2.package))
      });
  }
  return rows.sort(
    (a, b) => compareStrings2(a.project, b.project) || compareStrings2(a.package, b.package) || compareStrings2(a.file, b.file)
  );
}
function collectVersions(projects) {
  const sets = /* @__PURE__ */ new Map();
  const add = (project, entry, kind, version3, index) => {
    const key = `${project}\0${entry.file}\0${entry.name}`;
    const set2 = sets.get(key) ?? {
      project,
      package: entry.name,
      file: entry.file,
      kind,
      versions: [],
      index
    };
    if (!set2.versions.some((v) => sameVersion(v, version3)))
      set2.versions.push(version3);
    sets.set(key, set2);
  };
  for (const project of projects) {
    for (const r of project.requirements) {
      const pinned = exactPin(r);
      if (pinned) add(project.path, r, "pinned", pinned, null);
    }
    for (const l of project.locked) {
      if (l.version === null || l.source !== "registry") continue;
      add(project.path, l, "locked", l.version, l.sourceUrl);
    }
  }
  for (const set2 of sets.values()) set2.versions.sort(compareLoosely);
  return sets;
}
function exactPin(r) {
  if (r.url !== null) return null;
  const match = /^===?([^,*<>=!~]+)$/.exec(r.specifier);
  return match ? match[1] : null;
}
function compareSets(from, to, options) {
  const any2 = to ?? from;
  const base = {
    project: any2.project,
    package: any2.package,
    file: any2.file,
    kind: any2.kind
  };
  if (!from || !to) {
    const side2 = to ?? from;
    const shown = side2.versions.at(-1);
    return {
      ...base,
      change: to ? "added" : "removed",
      from: from ? from.versions.join(", ") : null,
      to: to ? to.versions.join(", ") : null,
      updateType: null,
      url: releaseUrl(side2.package, shown, side2.index, options)
    };
  }
  if (from.versions.length === to.versions.length && from.versions.every((v, i) => sameVersion(v, to.versions[i])))
    return null;
  const oldTop = from.versions.at(-1);
  const newTop = to.versions.at(-1);
  const order = compareLoosely(oldTop, newTop);
  const type = parseVersion(oldTop) && parseVersion(newTop) ? updateType(oldTop, newTop) : null;
  return {
    ...base,
    change: order < 0 ? "upgraded" : order > 0 ? "downgraded" : "changed",
    from: from.versions.join(", "),
    to: to.versions.join(", "),
    updateType: type === "none" ? null : type,
    url: releaseUrl(to.package, newTop, to.index, options)
  };
}
function sameVersion(a, b) {
  return compareLoosely(a, b) === 0;
}
function compareLoosely(a, b) {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  if (va && vb) return compareVersions(va, vb);
  return compareStrings2(a, b);
}
function releaseUrl(name2, version3, entryIndex, options) {
  const origin = pypiLikeOrigin(entryIndex ?? options.indexUrl ?? PYPI);
  if (origin === null) return null;
  if (!/^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$/.test(name2)) return null;
  if (!/^[A-Za-z0-9.!+_-]+$/.test(version3)) return null;
  return `${origin}/project/${name2}/${encodeURIComponent(version3)}/`;
}
function pypiLikeOrigin(indexUrl) {
  let url2;
  try {
    url2 = new URL(indexUrl);
  } catch {
    return null;
  }
  const host = url2.hostname.toLowerCase();
  if (host === "pypi.org" || host === "pypi.python.org" || host === "files.pythonhosted.org")
    return PYPI;
  if (host === "test.pypi.org") return "https://test.pypi.org";
  return null;
}
function compareStrings2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/rollout/rollout-moves.ts
function isCanary(project, globs) {
  return globs.some((glob) => (0, import_picomatch10.default)(glob, { dot: true })(project));
}
function listCanaries(projects, globs) {
  return projects.filter((p) => isCanary(p.path, globs));
}
function listRunVersions(project, name2) {
  const locked = project.locked.filter(
    (l) => l.name === name2 && l.version !== null && l.source === "registry"
  );
  const pinned = project.requirements.flatMap((r) => {
    const version3 = r.name === name2 ? exactPin(r) : null;
    return version3 === null ? [] : [{ version: version3, file: r.file, line: r.line }];
  });
  if (locked.length === 0) return pinned;
  const lockedSources = locked.map((l) => ({
    version: l.version,
    file: l.file,
    line: l.line
  }));
  return [
    ...pinned.filter(
      (p) => lockedSources.some((l) => sameVersion2(l.version, p.version))
    ),
    ...lockedSources
  ];
}
function runsVersion(project, name2, version3) {
  return listRunVersions(project, name2).some(
    (s) => sameVersion2(s.version, version3)
  );
}
function sameVersion2(a, b) {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  return va !== null && vb !== null ? compareVersions(va, vb) === 0 : a === b;
}
function listRolloutMoves(canaryGlobs, base, head) {
  const canaries = listCanaries(base, canaryGlobs);
  const moves = [];
  for (const project of head) {
    if (isCanary(project.path, canaryGlobs)) continue;
    const before = base.find((p) => p.path === project.path);
    if (before === void 0) continue;
    const names = /* @__PURE__ */ new Set([
      ...project.locked.map((l) => l.name),
      ...project.requirements.map((r) => r.name)
    ]);
    for (const name2 of [...names].sort()) {
      const was = listRunVersions(before, name2);
      if (was.length === 0) continue;
      const running = canaries.filter(
        (c) => listRunVersions(c, name2).length > 0
      );
      if (running.length === 0) continue;
      const seen = /* @__PURE__ */ new Set();
      for (const source of listRunVersions(project, name2)) {
        if (was.some((w) => sameVersion2(w.version, source.version))) continue;
        if (seen.has(source.version)) continue;
        seen.add(source.version);
        moves.push({
          project: project.path,
          package: name2,
          version: source.version,
          file: source.file,
          line: source.line,
          canaries: running
        });
      }
    }
  }
  return moves;
}
function listCanaryPaths(canary) {
  return [
    .../* @__PURE__ */ new Set([
      ...canary.files.map((f) => f.path),
      ...canary.requirements.map((r) => r.file),
      ...canary.locked.map((l) => l.file)
    ])
  ].sort();
}

// src/rollout/canary-history.ts
var MAX_COMMITS = 200;
var DEEPEN_ROUNDS = 3;
var CanaryHistory = class {
  constructor(options) {
    this.options = options;
  }
  options;
  projectsAt = /* @__PURE__ */ new Map();
  deepenings = 0;
  /** Since when `canary` (a project of the base commit) runs `version` of `name`, on first-parent history. */
  async adoption(canary, paths, name2, version3) {
    const commits = await this.listCommits(paths);
    if (commits === null)
      return { kind: "unknown", reason: "git history could not be read" };
    let oldest = null;
    for (const commit of commits) {
      const projects = await this.projects(commit.sha);
      if (projects === null)
        return {
          kind: "unknown",
          reason: `commit ${commit.sha.slice(0, 7)} could not be read`
        };
      const project = projects.find((p) => p.path === canary.path);
      if (project === void 0 || !runsVersion(project, name2, version3)) break;
      oldest = commit;
      if (commit.date <= this.options.horizon) break;
    }
    if (oldest === null) return { kind: "not-running" };
    const last = oldest === commits.at(-1);
    const cut = last && await this.isShallow() && oldest.date > this.options.horizon;
    if (cut) {
      if (await this.deepen())
        return this.adoption(canary, paths, name2, version3);
      return {
        kind: "unknown",
        reason: `the clone's history ends at ${oldest.sha.slice(0, 7)} and could not be deepened`
      };
    }
    return {
      kind: "since",
      date: oldest.date,
      commit: oldest.sha,
      before: last && oldest.date <= this.options.horizon
    };
  }
  git(args) {
    const git = this.options.git ?? runGit;
    return git(args, this.options.checkout.repoDir).then(
      (b) => b.toString("utf8")
    );
  }
  /** First-parent commits of the base that changed any of `paths`, newest first; null when git fails. */
  async listCommits(paths) {
    const prefix = this.options.checkout.prefix;
    const full = paths.map((p) => prefix === "." ? p : `${prefix}/${p}`);
    try {
      const out = await this.git([
        "log",
        "--first-parent",
        `--max-count=${MAX_COMMITS}`,
        "--format=%H %cI",
        this.options.commit,
        "--",
        ...full
      ]);
      return out.split("\n").filter((line) => line.trim() !== "").map((line) => {
        const [sha, date5] = line.split(" ");
        return { sha, date: new Date(date5) };
      });
    } catch {
      return null;
    }
  }
  projects(commit) {
    let cached2 = this.projectsAt.get(commit);
    if (cached2 === void 0) {
      cached2 = this.readProjects(commit).catch(() => null);
      this.projectsAt.set(commit, cached2);
    }
    return cached2;
  }
  async readProjects(commit) {
    const dest = await mkdtemp(join11(tmpdir(), "pin-audit-history-"));
    try {
      await materializeFromGit(
        this.options.checkout.repoDir,
        commit,
        this.options.checkout.prefix,
        dest,
        this.options.git
      );
      const report = await auditRepository({
        root: dest,
        offline: true,
        parseWorkers: false
      });
      return report.projects;
    } finally {
      await rm(dest, { recursive: true, force: true });
    }
  }
  async isShallow() {
    try {
      return (await this.git(["rev-parse", "--is-shallow-repository"])).trim() === "true";
    } catch {
      return false;
    }
  }
  /**
   * Fetches more of the base's history: first back to a day before the horizon (`--shallow-since`), then, when
   * the cut still falls on the commit that adopted the version, its parents (`--deepen`). False when the fetch
   * fails or the rounds are spent.
   */
  async deepen() {
    if (this.deepenings >= DEEPEN_ROUNDS) return false;
    const since = new Date(this.options.horizon.getTime() - 864e5);
    const how = this.deepenings === 0 ? `--shallow-since=${since.toISOString().slice(0, 19)}Z` : "--deepen=50";
    this.deepenings++;
    try {
      await this.git([
        "fetch",
        "--no-tags",
        "--no-recurse-submodules",
        how,
        "origin",
        this.options.commit
      ]);
      return true;
    } catch {
      return false;
    }
  }
};

// src/rollout/git-checkout.ts
import { realpath as realpath3 } from "node:fs/promises";
import { relative as relative4, sep as sep3 } from "node:path";
async function findCheckout(root) {
  let top;
  try {
    top = (await runGit(["rev-parse", "--show-toplevel"], root)).toString("utf8").trim();
  } catch {
    throw new ConfigurationError(
      `${root} is not in a git work tree: --base-ref needs the repository's history`
    );
  }
  const inside = relative4(await realpath3(top), await realpath3(root));
  return {
    repoDir: top,
    prefix: inside === "" ? "." : inside.split(sep3).join("/")
  };
}

// src/fix/shell-quote.ts
function shellQuote(text3) {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(text3) ? text3 : `'${text3.replaceAll("'", `'\\''`)}'`;
}

// src/pep440/loose-order.ts
function compareLoosely2(a, b) {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  if (va && vb) return compareVersions(va, vb);
  return compareStrings3(a, b);
}
function compareStrings3(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/rollout/plan-rollout.ts
function planRollout(entries, rollout, adoptedAt, now) {
  if (rollout.canary.length === 0) return [];
  const byPackage = /* @__PURE__ */ new Map();
  for (const e of entries)
    byPackage.set(e.package, [...byPackage.get(e.package) ?? [], e]);
  const plans = [];
  for (const [name2, list] of [...byPackage].sort(
    ([a], [b]) => a < b ? -1 : 1
  )) {
    const target = list.map((e) => e.allowed).filter((v) => v !== null).sort(compareLoosely2).at(-1);
    if (target === void 0) continue;
    const lagging = (project) => list.some(
      (e) => e.project === project && compareLoosely2(e.current, target) < 0
    );
    const projects = [...new Set(list.map((e) => e.project))].sort();
    if (!projects.some(lagging)) continue;
    plans.push({
      package: name2,
      target,
      waves: planWaves(name2, target, projects, lagging, rollout, {
        adoptedAt: adoptedAt(name2, target) ?? null,
        now
      })
    });
  }
  return plans;
}
function planWaves(name2, target, projects, lagging, rollout, canaryFacts) {
  const canaries = projects.filter((p) => isCanary(p, rollout.canary));
  const rest = projects.filter((p) => !isCanary(p, rollout.canary));
  const size = rollout.wave ?? Math.max(rest.length, 1);
  const groups = [];
  for (let i = 0; i < rest.length; i += size)
    groups.push(rest.slice(i, i + size));
  const waves = [];
  let open4 = true;
  if (canaries.length > 0) {
    const wave = canaryWave(
      name2,
      target,
      canaries,
      lagging,
      rollout,
      canaryFacts
    );
    waves.push(wave);
    open4 = wave.state === "soaked";
  }
  for (const [index, group] of groups.entries()) {
    const done = !group.some(lagging);
    waves.push({
      wave: index + 1,
      canary: false,
      projects: group,
      command: fixCommand(group, name2, target),
      state: done ? "done" : open4 ? "ready" : "waiting",
      adoptedAt: null,
      soakEndsAt: null
    });
    if (!done) open4 = false;
  }
  return waves;
}
function canaryWave(name2, target, canaries, lagging, rollout, facts) {
  const moved = !canaries.some(lagging);
  const adopted = moved ? facts.adoptedAt : null;
  const ends = adopted === null ? null : new Date(adopted.getTime() + rollout.soak);
  return {
    wave: 0,
    canary: true,
    projects: [...canaries],
    command: fixCommand(canaries, name2, target),
    state: !moved ? "ready" : ends !== null && ends <= facts.now ? "soaked" : "soaking",
    adoptedAt: adopted?.toISOString() ?? null,
    soakEndsAt: ends?.toISOString() ?? null
  };
}
function fixCommand(projects, name2, target, multiline = false) {
  const flags = [
    ...projects.map((p) => `--project ${shellQuote(p)}`),
    `--package ${shellQuote(name2)} --to ${shellQuote(target)}`
  ];
  return multiline ? ["pin-audit fix", ...flags].join(" \\\n  ") : `pin-audit fix ${flags.join(" ")}`;
}

// src/rollout/plan-repository-rollout.ts
async function planRepositoryRollout(root, audit, policy, entries, now) {
  if (policy.rollout.canary.length === 0) return [];
  const draft = planRollout(entries, policy.rollout, () => null, now);
  const adopted = /* @__PURE__ */ new Map();
  const history = await openHistory(root, now, policy.rollout.soak);
  const canaries = listCanaries(audit.projects, policy.rollout.canary);
  for (const plan of draft) {
    const canaryWave2 = plan.waves.find((w) => w.canary);
    if (canaryWave2 === void 0 || canaryWave2.state === "ready") continue;
    let latest2 = null;
    for (const path of canaryWave2.projects) {
      const canary = canaries.find((c) => c.path === path);
      const adoption = canary === void 0 || history === null ? null : await history.adoption(
        canary,
        listCanaryPaths(canary),
        plan.package,
        plan.target
      );
      if (adoption?.kind !== "since") {
        latest2 = null;
        break;
      }
      if (latest2 === null || adoption.date > latest2) latest2 = adoption.date;
    }
    adopted.set(`${plan.package}\0${plan.target}`, latest2);
  }
  return planRollout(
    entries,
    policy.rollout,
    (name2, version3) => adopted.get(`${name2}\0${version3}`) ?? null,
    now
  );
}
async function openHistory(root, now, soak) {
  try {
    const checkout = await findCheckout(root);
    const commit = (await runGit(["rev-parse", "--verify", "HEAD"], checkout.repoDir)).toString("utf8").trim();
    return new CanaryHistory({
      checkout,
      commit,
      horizon: new Date(now.getTime() - soak)
    });
  } catch {
    return null;
  }
}

// src/drift/drift-order.ts
function roundHundredths(n) {
  return Math.round(n * 100) / 100;
}

// src/drift/count-behind.ts
var YEAR_MS = 365.25 * 864e5;
function countBehind(current, newer) {
  const counts = { major: 0, minor: 0, patch: 0, other: 0, total: 0 };
  let previous = current;
  for (const r of newer) {
    counts[classifyStep(previous, r.version)]++;
    counts.total++;
    previous = r.version;
  }
  return counts;
}
function classifyStep(from, to) {
  const type = updateType(from, to);
  if (type === "epoch" || type === "major") return "major";
  if (type === "minor" || type === "patch") return type;
  return "other";
}
function computeLibyears(from, to) {
  if (from === null || to === null) return null;
  const a = Date.parse(from);
  const b = Date.parse(to);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return roundHundredths(Math.max(0, b - a) / YEAR_MS);
}

// src/drift/python-compat.ts
var grid = null;
function pythonGrid() {
  if (grid === null) {
    grid = [];
    for (let major = 2n; major <= 4n; major++)
      for (let minor = 0n; minor <= 40n; minor++)
        for (let patch = 0n; patch <= 40n; patch++)
          grid.push(
            makeVersion({
              epoch: 0n,
              release: [major, minor, patch],
              pre: null,
              post: null,
              dev: null,
              local: null
            })
          );
  }
  return grid;
}
var lowestCache = createBoundedCache(1e4);
function lowestPython(text3) {
  return lowestCache.get(text3, () => {
    const parsed = parseSpecifierSet(text3);
    if (!parsed.ok) return void 0;
    const i = pythonGrid().findIndex((v) => contains(parsed.value, v));
    return i < 0 ? null : i;
  });
}
function pythonCompatibility(projectRequiresPython) {
  const text3 = projectRequiresPython?.trim() ?? "";
  const floor = text3 === "" ? void 0 : lowestPython(text3);
  if (floor === void 0 || floor === null) return () => true;
  return (release) => {
    if (release === null || release.trim() === "") return true;
    const lowest = lowestPython(release);
    if (lowest === void 0) return true;
    return lowest !== null && lowest <= floor;
  };
}

// src/drift/current-versions.ts
import { posix as posix8 } from "node:path";
function versionIdentity2(version3) {
  return versionKey(version3).map((atom) => typeof atom === "symbol" ? "^" : String(atom)).join(".");
}
function listDriftPackages(projects) {
  const out = /* @__PURE__ */ new Map();
  for (const current of collectCurrentVersions(projects)) {
    const names = out.get(current.project) ?? [];
    if (!names.includes(current.package)) names.push(current.package);
    out.set(current.project, names);
  }
  return out;
}
function collectCurrentVersions(projects) {
  const owners = findLockOwners2(projects);
  const found = /* @__PURE__ */ new Map();
  const add = (project, rawName, text3, source) => {
    const version3 = parseVersion(text3);
    if (version3 === null) return;
    const name2 = normalizeName(rawName);
    const key = `${project}\0${name2}\0${versionIdentity2(version3)}`;
    const current = found.get(key) ?? {
      project,
      package: name2,
      version: version3,
      sources: [],
      fromLock: source.kind === "locked"
    };
    if (source.kind === "locked" && !current.fromLock) {
      current.version = version3;
      current.fromLock = true;
    }
    if (!current.sources.some(
      (s) => s.file === source.file && s.line === source.line
    ))
      current.sources.push(source);
    found.set(key, current);
  };
  for (const project of projects) {
    for (const r of project.requirements) {
      if (r.url !== null || r.group === "build") continue;
      const pinned = findPinnedVersion(r.specifier);
      if (pinned !== null)
        add(project.path, r.name, pinned, {
          kind: "pinned",
          file: r.file,
          line: r.line
        });
    }
    for (const l of project.locked) {
      if (l.version === null) continue;
      if (l.source !== "registry" && l.source !== "unknown") continue;
      if (owners.get(l.file) !== project.path) continue;
      add(project.path, l.name, l.version, {
        kind: "locked",
        file: l.file,
        line: l.line
      });
    }
  }
  return [...found.values()].map(({ fromLock: _, ...current }) => ({
    ...current,
    sources: current.sources.sort(
      (a, b) => compareStrings3(a.file, b.file) || a.line - b.line
    )
  }));
}
function findLockOwners2(projects) {
  const owners = /* @__PURE__ */ new Map();
  const sorted = [...projects].sort((a, b) => compareStrings3(a.path, b.path));
  for (const project of sorted)
    for (const file2 of project.files)
      if (file2.kind !== "pyproject" && file2.kind !== "requirements") {
        if (!owners.has(file2.path)) owners.set(file2.path, project.path);
      }
  for (const project of sorted)
    for (const entry of project.locked) {
      if (owners.has(entry.file)) continue;
      const directory = posix8.dirname(entry.file);
      owners.set(
        entry.file,
        sorted.find((p) => p.path === directory)?.path ?? project.path
      );
    }
  return owners;
}

// src/drift/release-pool.ts
function buildReleasePool(current, listed) {
  const parsed = listed.flatMap((summary) => {
    const version3 = parseVersion(summary.version);
    return version3 === null ? [] : [{ version: version3, summary }];
  });
  const label = current.local === null ? null : localLabel(current);
  if (label !== null && parsed.some((r) => localLabel(r.version) === label))
    return {
      current,
      releases: mergeEqual(
        parsed.filter((r) => localLabel(r.version) === label),
        (v) => v
      )
    };
  return {
    current: publicVersion(current),
    releases: mergeEqual(parsed, publicVersion)
  };
}
function localLabel(v) {
  return v.local === null ? null : v.local.join(".");
}
function publicVersion(v) {
  return v.local === null ? v : parseVersion(v.public) ?? v;
}
function mergeEqual(list, as) {
  const groups = /* @__PURE__ */ new Map();
  for (const r of list) {
    const version3 = as(r.version);
    const key = versionIdentity2(version3);
    const group = groups.get(key) ?? { version: version3, variants: [] };
    group.variants.push(r.summary);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => summarize(g.version, g.variants)).sort((a, b) => compareVersions(a.version, b.version));
}
function summarize(version3, variants) {
  const yanked = variants.every((v) => v.yanked);
  const installable = yanked ? variants : variants.filter((v) => !v.yanked);
  let uploadTime = null;
  let uploaded = null;
  for (const v of variants) {
    const at = v.uploadTime === null ? Number.NaN : Date.parse(v.uploadTime);
    if (Number.isNaN(at)) continue;
    if (uploaded === null || at < uploaded.getTime()) {
      uploaded = new Date(at);
      uploadTime = v.uploadTime;
    }
  }
  return {
    version: version3,
    yanked,
    yankedReason: yanked ? variants.map((v) => v.yankedReason).find((r) => r) ?? null : null,
    uploadTime,
    uploaded,
    requiresPython: installable.map((v) => v.requiresPython)
  };
}

// src/drift/compute-entry.ts
function computeEntry(current, listing, context) {
  const permitted = policyFilter(current.package, context.rules);
  const base = {
    project: current.project,
    package: current.package,
    current: current.version.text,
    sources: current.sources,
    status: "unknown",
    unchecked: null,
    note: null,
    currentOnIndex: null,
    currentUploaded: null,
    yankedReason: null,
    latest: null,
    latestUploaded: null,
    updateType: null,
    behind: { major: 0, minor: 0, patch: 0, other: 0, total: 0 },
    libyears: null,
    allowed: null,
    currentAllowed: permitted(current.version),
    notYet: null,
    pythonExcluded: null
  };
  if (listing === void 0)
    return {
      ...base,
      unchecked: "offline",
      note: "not checked (offline: no package index asked)"
    };
  if (!listing.lookup.ok)
    return {
      ...base,
      unchecked: "index-error",
      note: `the index could not be read: ${listing.lookup.error}`
    };
  if (listing.lookup.value === null)
    return {
      ...base,
      unchecked: "not-on-index",
      note: `not on the index ${listing.index}`
    };
  const pool = buildReleasePool(current.version, listing.lookup.value);
  return {
    ...base,
    ...comparePosition(pool.current, pool.releases),
    ...judgeByPolicy(pool.current, pool.releases, permitted, current, context)
  };
}
function comparePosition(current, releases) {
  const onIndex = releases.find(
    (r) => compareVersions(r.version, current) === 0
  );
  const latest2 = eligibleReleases(current, releases).at(-1) ?? null;
  const behindReleases = latest2 === null ? [] : eligibleReleases(current, releases).filter(
    (r) => compareVersions(r.version, current) > 0 && compareVersions(r.version, latest2.version) <= 0
  );
  const behind2 = behindReleases.length > 0;
  const currentUploaded = onIndex?.uploadTime ?? null;
  const latestUploaded = latest2?.uploadTime ?? null;
  return {
    status: onIndex?.yanked ? "yanked" : behind2 ? "behind" : "up-to-date",
    note: onIndex ? null : "this version is not on the index",
    currentOnIndex: onIndex !== void 0,
    currentUploaded,
    yankedReason: onIndex?.yanked ? onIndex.yankedReason : null,
    latest: latest2?.version.text ?? null,
    latestUploaded,
    updateType: behind2 && latest2 !== null ? classifyStep(current, latest2.version) : null,
    behind: countBehind(current, behindReleases),
    libyears: computeLibyears(
      currentUploaded,
      behind2 ? latestUploaded : currentUploaded
    )
  };
}
function eligibleReleases(current, releases) {
  const withPre = isPrerelease(current);
  return releases.filter(
    (r) => !r.yanked && (withPre || !isPrerelease(r.version))
  );
}
function judgeByPolicy(current, releases, permitted, entry, context) {
  const cooldown = context.rules ? context.rules.cooldown.packages[entry.package] ?? context.rules.cooldown.default : 0;
  const excludeNewer = context.excludeNewer === null ? null : parseExcludeNewer(context.excludeNewer);
  const servesPython = pythonCompatibility(context.requiresPython);
  const byPolicy = eligibleReleases(current, releases).filter(
    (r) => permitted(r.version) && // uv refuses releases after the project's exclude-newer: no policy can allow them.
    !(excludeNewer !== null && r.uploaded !== null && r.uploaded > excludeNewer)
  );
  const candidates = byPolicy.filter(
    (r) => r.requiresPython.some(servesPython)
  );
  const ripe = (r) => r.uploaded === null || r.uploaded.getTime() + cooldown <= context.now.getTime();
  const allowed = candidates.filter(ripe).at(-1) ?? null;
  const newest = candidates.at(-1) ?? null;
  const newestByPolicy = byPolicy.at(-1) ?? null;
  const excluded = newestByPolicy !== null && newestByPolicy !== newest && compareVersions(newestByPolicy.version, current) > 0 ? newestByPolicy : null;
  return {
    allowed: allowed?.version.text ?? null,
    notYet: newest !== null && !ripe(newest) && newest.uploaded !== null && compareVersions(newest.version, current) > 0 ? {
      version: newest.version.text,
      allowedAt: new Date(
        newest.uploaded.getTime() + cooldown
      ).toISOString()
    } : null,
    pythonExcluded: excluded === null ? null : {
      version: excluded.version.text,
      requiresPython: excluded.requiresPython.find((r) => r !== null) ?? "",
      projectRequiresPython: context.requiresPython ?? ""
    }
  };
}
function policyFilter(name2, rules) {
  const policy = rules?.packages[name2];
  if (!policy) return () => true;
  const allowed = policy.allowed ? parseSet(policy.allowed) : null;
  const banned = policy.banned.map(parseSet).filter((s) => s !== null);
  return (version3) => (allowed === null || contains(allowed, version3)) && !banned.some((set2) => contains(set2, version3));
}
function parseSet(text3) {
  const parsed = parseSpecifierSet(text3);
  return parsed.ok ? parsed.value : null;
}

// src/drift/drift-fleet.ts
function computeFleet(repositories) {
  const byPackage = /* @__PURE__ */ new Map();
  for (const repository of repositories)
    for (const entry of repository.entries) {
      const pkg = byPackage.get(entry.package) ?? {
        versions: /* @__PURE__ */ new Map(),
        entries: []
      };
      pkg.entries.push(entry);
      const key = identity(entry.current);
      const slot = pkg.versions.get(key) ?? {
        version: entry.current,
        locations: []
      };
      if (!slot.locations.some(
        (l) => l.repository === repository.name && l.project === entry.project
      ))
        slot.locations.push({
          repository: repository.name,
          project: entry.project
        });
      pkg.versions.set(key, slot);
      byPackage.set(entry.package, pkg);
    }
  return [...byPackage].sort(([a], [b]) => compareStrings3(a, b)).map(([name2, pkg]) => ({
    package: name2,
    versions: [...pkg.versions.values()].map((v) => ({ ...v, locations: v.locations.sort(compareLocations) })).sort(
      (a, b) => b.locations.length - a.locations.length || compareLoosely2(b.version, a.version)
    ),
    latest: fleetLatest(pkg.entries)
  }));
}
function fleetLatest(entries) {
  const allPre = entries.every((e) => isPrereleaseText(e.current));
  let latest2 = null;
  for (const e of entries) {
    if (e.latest === null) continue;
    if (!allPre && isPrereleaseText(e.latest)) continue;
    if (latest2 === null || compareLoosely2(e.latest, latest2) > 0)
      latest2 = e.latest;
  }
  return latest2;
}
function isPrereleaseText(text3) {
  const v = parseVersion(text3);
  return v !== null && isPrerelease(v);
}
function identity(text3) {
  const v = parseVersion(text3);
  return v === null ? `\0${text3}` : versionIdentity2(v);
}
function compareLocations(a, b) {
  return compareStrings3(a.repository, b.repository) || compareStrings3(a.project, b.project);
}

// src/drift/compute-drift.ts
function computeRepositoryDrift(input2) {
  const entries = collectCurrentVersions(input2.projects).map((current) => {
    const project = input2.projects.find((p) => p.path === current.project);
    return computeEntry(
      current,
      input2.releases(current.project, current.package),
      {
        rules: input2.rules,
        excludeNewer: project?.excludeNewer ?? null,
        requiresPython: project ? findPythonRange(project, input2.projects) : null,
        now: input2.now
      }
    );
  });
  return {
    name: input2.name,
    policy: input2.policy,
    projects: input2.projects.map((p) => p.path).sort(compareStrings3),
    entries: entries.sort(compareEntries)
  };
}
function buildDriftReport(repositories, generatedAt) {
  const sorted = [...repositories].sort(
    (a, b) => compareStrings3(a.name, b.name)
  );
  const entries = sorted.flatMap((r) => r.entries);
  const count2 = (status) => entries.filter((e) => e.status === status).length;
  const drifting = entries.filter(isDrifting);
  return {
    schemaVersion: 1,
    kind: "drift",
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    generatedAt: generatedAt.toISOString(),
    repositories: sorted,
    fleet: computeFleet(sorted),
    summary: {
      repositories: sorted.length,
      projects: sorted.reduce((n, r) => n + r.projects.length, 0),
      versions: entries.length,
      behind: count2("behind"),
      yanked: count2("yanked"),
      unknown: count2("unknown"),
      upToDate: count2("up-to-date"),
      libyears: roundHundredths(
        drifting.reduce((sum, e) => sum + (e.libyears ?? 0), 0)
      ),
      libyearsUnknown: drifting.filter((e) => e.libyears === null).length
    }
  };
}
function findPythonRange(project, projects) {
  const root = project.workspace ?? null;
  const members2 = root === null ? [project] : projects.filter((p) => p.path === root || p.workspace === root);
  const ranges = [
    ...new Set(
      members2.map((p) => p.requiresPython?.trim() ?? "").filter((text3) => text3 !== "")
    )
  ];
  return ranges.length === 0 ? null : ranges.join(", ");
}
function compareEntries(a, b) {
  return compareStrings3(a.project, b.project) || compareStrings3(a.package, b.package) || compareLoosely2(a.current, b.current);
}

// src/drift/drift-repository.ts
async function driftRepository(options) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const audit = await auditRepository({
    ...options,
    today: options.today ?? now
  });
  const loaded = await loadPolicy(options.root, options.policyPath);
  const lists = await gatherReleaseLists(
    audit.projects,
    listDriftPackages(audit.projects),
    {
      offline: options.offline ?? true,
      indexUrl: options.indexUrl ?? loaded.policy.indexUrl,
      cacheDir: options.cacheDir ?? null,
      http: {
        concurrency: options.indexConcurrency ?? loaded.policy.indexConcurrency
      },
      env: options.networkEnv ?? options.env ?? {},
      // As in auditRepository: the token comes only from `indexToken`, never from the `${VAR}` environment.
      token: options.indexToken ?? null
    }
  );
  const repository = computeRepositoryDrift({
    name: options.name ?? audit.root,
    policy: audit.policy.description,
    projects: audit.projects,
    rules: loaded.policy,
    releases: (project, name2) => lists.listings.get(projectPackageKey(project, name2)),
    now
  });
  const rollout = await planRepositoryRollout(
    options.root,
    audit,
    loaded.policy,
    repository.entries,
    now
  );
  if (rollout.length > 0) repository.rollout = rollout;
  return { drift: buildDriftReport([repository], now), audit };
}

// src/drift/drift-item.ts
function itemDrifts(i) {
  return i[5] > 0 || i[6] !== "";
}
function itemKey(i) {
  return `${i[0]}\0${i[1]}\0${i[2]}`;
}

// src/drift/drift-delta.ts
function computeDelta(state) {
  if (state.prev === null || state.prevAt === null) return null;
  const before = new Map(state.prev.map((i) => [itemKey(i), i]));
  const after = new Set(state.items.map(itemKey));
  const delta = {
    since: state.prevAt,
    added: [],
    yanked: [],
    further: [],
    reduced: [],
    moved: [],
    resolved: [],
    unchecked: []
  };
  for (const a of state.items) {
    const b = before.get(itemKey(a));
    const category = classifyChange(b, a);
    if (category !== null) delta[category].push(row(a, b, a));
  }
  for (const b of state.prev)
    if (!after.has(itemKey(b)) && itemDrifts(b))
      delta.resolved.push(row(b, b, void 0));
  return delta;
}
function classifyChange(b, a) {
  if (a[7] !== "ok") return "unchecked";
  const yankedBefore = new Set(b && itemDrifts(b) ? splitList(b[6]) : []);
  if (splitList(a[6]).some((v) => !yankedBefore.has(v))) return "yanked";
  if (b === void 0 || !itemDrifts(b)) return itemDrifts(a) ? "added" : null;
  if (a[5] > b[5]) return "further";
  if (a[5] < b[5]) return "reduced";
  if (a[3] !== b[3] || a[4] !== b[4]) return "moved";
  return null;
}
function splitList(text3) {
  return text3 === "" ? [] : text3.split(",");
}
function side(i) {
  return itemDrifts(i) ? { versions: i[3], latest: i[4], behind: i[5], yanked: i[6] } : null;
}
function row(i, b, a) {
  const checked = a === void 0 || a[7] === "ok";
  return {
    repository: i[0],
    project: i[1],
    package: i[2],
    before: b ? side(b) : null,
    after: a && checked ? side(a) : null,
    unchecked: a && !checked ? a[7] : null
  };
}

// src/drift/drift-state.ts
var STATE_PREFIX = "<!-- pin-audit:drift-state ";
var STATE_SUFFIX = " -->";
var MAX_STATE_CHARS = 65536;
var name = external_exports.string().max(1e3);
var versionList = external_exports.string().max(1e3);
var latest = external_exports.string().max(200).nullable();
var behind = external_exports.number().int().min(0).max(1e6);
var item = external_exports.tuple([
  name,
  name,
  external_exports.string().max(200),
  versionList,
  latest,
  behind,
  versionList,
  external_exports.enum(["ok", "offline", "audit-report", "index-error", "not-on-index"])
]);
var itemV1 = external_exports.tuple([
  name,
  name,
  external_exports.string().max(200),
  versionList,
  latest,
  behind,
  external_exports.union([external_exports.literal(0), external_exports.literal(1)])
]);
var day = external_exports.string().regex(/^\d{4}-\d{2}-\d{2}$/);
var stateSchema = external_exports.union([
  external_exports.strictObject({
    v: external_exports.literal(2),
    at: day,
    items: external_exports.array(item).max(2e4),
    prev: external_exports.array(item).max(2e4).nullable(),
    prevAt: day.nullable()
  }),
  external_exports.strictObject({
    v: external_exports.literal(1),
    at: day,
    items: external_exports.array(itemV1).max(2e4),
    prev: external_exports.array(itemV1).max(2e4).nullable(),
    prevAt: day.nullable()
  })
]);
function snapshotDrift(report) {
  const byKey = /* @__PURE__ */ new Map();
  for (const repository of report.repositories)
    for (const entry of repository.entries) {
      const key = `${repository.name}\0${entry.project}\0${entry.package}`;
      const slot = byKey.get(key) ?? {
        repository: repository.name,
        entries: []
      };
      slot.entries.push(entry);
      byKey.set(key, slot);
    }
  const items = [];
  for (const { repository, entries } of byKey.values()) {
    const first = entries[0];
    if (first === void 0) continue;
    const checked = entries.filter((e) => e.status !== "unknown");
    if (checked.length === 0) {
      const check2 = first.unchecked ?? "offline";
      items.push([
        repository,
        first.project,
        first.package,
        "",
        null,
        0,
        "",
        check2
      ]);
      continue;
    }
    const drifting = checked.filter(isDrifting);
    if (drifting.length === 0) continue;
    let newest = null;
    for (const e of drifting)
      if (e.latest !== null && (newest === null || compareLoosely2(e.latest, newest) > 0))
        newest = e.latest;
    items.push([
      repository,
      first.project,
      first.package,
      listVersions(drifting),
      newest,
      Math.max(...drifting.map((e) => e.behind.total)),
      listVersions(drifting.filter((e) => e.status === "yanked")),
      "ok"
    ]);
  }
  return items.sort(compareItems);
}
function listVersions(entries) {
  return entries.map((e) => e.current).sort(compareLoosely2).join(",");
}
function advanceState(previous, items, now) {
  const today = now.toISOString().slice(0, 10);
  const known = new Map((previous?.items ?? []).map((i) => [itemKey(i), i]));
  const carried = items.flatMap((i) => {
    if (i[7] === "ok") return [i];
    const before = known.get(itemKey(i));
    if (before === void 0 || !itemDrifts(before)) return [];
    return [
      [i[0], i[1], i[2], before[3], before[4], before[5], before[6], i[7]]
    ];
  });
  if (previous && sameItems(previous.items, carried)) return previous;
  return {
    v: 2,
    at: today,
    items: carried,
    prev: previous?.items ?? null,
    prevAt: previous?.at ?? null
  };
}
function encodeState(state) {
  const json2 = JSON.stringify(state);
  return `${STATE_PREFIX}${Buffer.from(json2, "utf8").toString("base64")}${STATE_SUFFIX}`;
}
function readState(body) {
  if (typeof body !== "string") return null;
  const start = body.lastIndexOf(STATE_PREFIX);
  if (start < 0) return null;
  const end = body.indexOf(STATE_SUFFIX, start + STATE_PREFIX.length);
  if (end < 0) return null;
  const encoded = body.slice(start + STATE_PREFIX.length, end).trim();
  if (encoded.length > MAX_STATE_CHARS || !/^[A-Za-z0-9+/]*={0,2}$/.test(encoded))
    return null;
  try {
    const parsed = stateSchema.safeParse(
      JSON.parse(Buffer.from(encoded, "base64").toString("utf8"))
    );
    if (!parsed.success) return null;
    const state = parsed.data;
    if (state.v === 2) return state;
    const upgrade = (items) => items.map((i) => [
      i[0],
      i[1],
      i[2],
      i[3],
      i[4],
      i[5],
      i[6] ? i[3] : "",
      "ok"
    ]);
    return {
      v: 2,
      at: state.at,
      items: upgrade(state.items),
      prev: state.prev === null ? null : upgrade(state.prev),
      prevAt: state.prevAt
    };
  } catch {
    return null;
  }
}
function sameItems(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function compareItems(a, b) {
  return compareStrings3(a[0], b[0]) || compareStrings3(a[1], b[1]) || compareStrings3(a[2], b[2]);
}
function issueState(state) {
  return { encoded: encodeState(state), delta: computeDelta(state) };
}

// src/drift/merge-reports.ts
var auditReportSchema = external_exports.object({
  schemaVersion: external_exports.literal(1),
  root: external_exports.string(),
  policy: external_exports.object({ description: external_exports.string() }),
  projects: external_exports.array(
    external_exports.object({
      path: external_exports.string(),
      files: external_exports.array(
        external_exports.object({
          path: external_exports.string(),
          kind: external_exports.enum([
            "pyproject",
            "requirements",
            "uv-lock",
            "pylock",
            "poetry-lock"
          ])
        })
      ),
      requirements: external_exports.array(
        external_exports.object({
          name: external_exports.string(),
          specifier: external_exports.string(),
          url: external_exports.string().nullable(),
          group: external_exports.string(),
          file: external_exports.string(),
          line: external_exports.number().int()
        })
      ),
      locked: external_exports.array(
        external_exports.object({
          name: external_exports.string(),
          version: external_exports.string().nullable(),
          source: external_exports.enum([
            "registry",
            "git",
            "url",
            "path",
            "directory",
            "editable",
            "virtual",
            "unknown"
          ]),
          file: external_exports.string(),
          line: external_exports.number().int()
        })
      )
    })
  ),
  findings: external_exports.array(external_exports.unknown())
});
function readReportInput(input2) {
  let value;
  try {
    value = JSON.parse(input2.text);
  } catch (error2) {
    throw new ConfigurationError(
      `not JSON: ${error2 instanceof Error ? error2.message : String(error2)}`,
      input2.file
    );
  }
  const kind = typeof value === "object" && value !== null && !Array.isArray(value) ? value.kind : void 0;
  if (kind === "drift") {
    const parsed2 = driftReportSchema.safeParse(value);
    if (!parsed2.success)
      throw new ConfigurationError(
        `not a valid drift report (schema/drift.schema.json): ${describeIssues(parsed2.error)}`,
        input2.file
      );
    return parsed2.data.repositories;
  }
  const parsed = auditReportSchema.safeParse(value);
  if (!parsed.success)
    throw new ConfigurationError(
      `neither a drift report nor an audit report (schema/drift.schema.json, schema/report.schema.json): ${describeIssues(parsed.error)}`,
      input2.file
    );
  const report = parsed.data;
  return [
    computeRepositoryDrift({
      name: report.root === "." || report.root === "" ? input2.file : report.root,
      policy: report.policy.description,
      projects: report.projects,
      rules: null,
      releases: () => void 0,
      now: /* @__PURE__ */ new Date(0)
    })
  ].map((r) => ({
    ...r,
    entries: r.entries.map((e) => ({
      ...e,
      unchecked: "audit-report",
      note: "from an audit report: releases not checked"
    }))
  }));
}
function mergeReports(inputs, generatedAt) {
  const seen = /* @__PURE__ */ new Map();
  const repositories = [];
  for (const input2 of inputs) {
    for (const repository of readReportInput(input2)) {
      const other = seen.get(repository.name);
      if (other !== void 0)
        throw new ConfigurationError(
          `repository "${repository.name}" is also in ${other}; merge one report per repository`,
          input2.file
        );
      seen.set(repository.name, input2.file);
      repositories.push(repository);
    }
  }
  return buildDriftReport(repositories, generatedAt);
}
function describeIssues(error2) {
  return error2.issues.slice(0, 3).map((issue2) => `${issue2.path.join(".") || "(root)"}: ${issue2.message}`).join("; ");
}

// src/report/count-findings.ts
function countFindingsBy(findings, keyOf) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = keyOf(f);
    const list = groups.get(key);
    if (list === void 0) groups.set(key, [f]);
    else list.push(f);
  }
  const weight = (list) => [
    list.filter((f) => f.severity === "error").length,
    list.filter((f) => f.severity === "warning").length,
    list.length
  ];
  return [...groups].map(([key, list]) => ({ key, list, w: weight(list) })).sort(
    (a, b) => b.w[0] - a.w[0] || b.w[1] - a.w[1] || b.w[2] - a.w[2] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  ).map(({ key, list }) => `${key} ${describeCounts(list)}`);
}
var PROJECTS_NAMED = 10;
function describeProjectCounts(report) {
  const counts = countFindingsBy(
    report.findings,
    (f) => f.project ?? "repository"
  );
  if (counts.length < 2 && report.summary.projects < 2) return [];
  const affected = new Set(
    report.findings.flatMap((f) => f.project === null ? [] : [f.project])
  ).size;
  const shown = counts.slice(0, PROJECTS_NAMED);
  const more = counts.length > shown.length ? [`and ${counts.length - shown.length} more`] : [];
  return [
    `By project (${affected} of ${report.summary.projects} with findings, worst first): ${[...shown, ...more].join(", ")}.`
  ];
}
function describeCounts(findings) {
  const count2 = (severity) => findings.filter((f) => f.severity === severity).length;
  const parts = [
    [count2("error"), "error"],
    [count2("warning"), "warning"],
    [count2("notice"), "notice"]
  ];
  return parts.filter(([n]) => n > 0).map(([n, word]) => plural2(n, word)).join(", ");
}
function plural2(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// src/report/escape.ts
var ZWSP = "&#8203;";
var MARKUP = /* @__PURE__ */ new Set([
  "\\",
  "`",
  "*",
  "_",
  "{",
  "}",
  "[",
  "]",
  "(",
  ")",
  "<",
  ">",
  "!",
  "|",
  "~",
  "&",
  "$"
]);
function escapeMarkdown(text3) {
  let out = "";
  for (const c of oneLine(text3)) {
    if (MARKUP.has(c)) out += `\\${c}`;
    else if (c === "@" || c === "#") out += `${c}${ZWSP}`;
    else out += c;
  }
  return breakAutolinks(out);
}
function breakAutolinks(text3) {
  return text3.replace(/:\/\//g, `:${ZWSP}//`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}
function escapeMarkdownWithCode(text3) {
  const parts = oneLine(text3).split("`");
  if (parts.length % 2 === 0) return escapeMarkdown(text3);
  return parts.map((part, i) => i % 2 === 1 ? codeSpan(part) : escapeMarkdown(part)).join("");
}
function codeSpan(text3) {
  const value = oneLine(text3).replace(/\|/g, "\\|");
  const longestRun = Math.max(
    0,
    ...(value.match(/`+/g) ?? []).map((run) => run.length)
  );
  const fence = "`".repeat(longestRun + 1);
  const pad = value.startsWith("`") || value.endsWith("`") || value === "" ? " " : "";
  return `${fence}${pad}${value}${pad}${fence}`;
}
function oneLine(text3) {
  const clean = stripControls(text3);
  if (!clean.includes("\n") && !clean.includes("\r")) return clean;
  let out = "";
  let i = 0;
  while (i < clean.length) {
    const c = clean[i];
    if (!/\s/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let j = i;
    let hasBreak = false;
    while (j < clean.length && /\s/.test(clean[j])) {
      if (clean[j] === "\n" || clean[j] === "\r") hasBreak = true;
      j++;
    }
    out += hasBreak ? " " : clean.slice(i, j);
    i = j;
  }
  return out;
}
function stripControls(text3) {
  let out = "";
  for (const c of text3) {
    const code = c.codePointAt(0);
    out += isControl(code) ? `\\u${code.toString(16).padStart(4, "0")}` : c;
  }
  return out;
}
function isControl(code) {
  if (code === 9 || code === 10 || code === 13) return false;
  return code < 32 || code >= 127 && code <= 159 || code >= 8234 && code <= 8238 || code >= 8294 && code <= 8297;
}
function escapeHtml(text3) {
  let out = "";
  for (const c of oneLine(text3))
    out += HTML_ENTITIES[c] ?? (c === "@" || c === "#" ? `${c}${ZWSP}` : c);
  return breakAutolinks(out);
}
var HTML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeTextValue(text3) {
  const clean = stripControls(text3);
  if (!/[\r\n\u2028\u2029]/.test(clean)) return clean;
  return clean.replaceAll("\r", "\\r").replaceAll("\n", "\\n").replaceAll("\u2028", "\\u2028").replaceAll("\u2029", "\\u2029");
}
function neutralizeWorkflowCommands(text3) {
  const lines = text3.split("\n");
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    const start = line.length - line.trimStart().length;
    if (line.startsWith("::", start))
      line = `${line.slice(0, start)}:\u200B${line.slice(start + 1)}`;
    if (line.includes("##[")) line = line.replaceAll("##[", "##\u200B[");
    lines[i] = line;
  }
  return lines.join("\n");
}

// src/report/wrap-text.ts
function wrapText(text3, width, first, rest) {
  return text3.split("\n").flatMap(
    (paragraph, i) => wrapWords(paragraph.split(" "), width, i === 0 ? first : rest, rest)
  );
}
function wrapWords(words, width, first, rest) {
  const lines = [];
  let prefix = first;
  let line = "";
  for (const word of words) {
    if (word === "") continue;
    if (line !== "" && prefix.length + line.length + 1 + word.length > width) {
      lines.push(prefix + line);
      prefix = rest;
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(prefix + line);
  return lines;
}
function wrapList(items, width, first, rest, limit = Number.POSITIVE_INFINITY) {
  const pack = (parts) => {
    const lines2 = [];
    let prefix = first;
    let line = "";
    for (const part of parts) {
      if (line !== "" && prefix.length + line.length + 1 + part.length > width) {
        lines2.push(prefix + line);
        prefix = rest;
        line = part;
      } else line = line === "" ? part : `${line} ${part}`;
    }
    lines2.push(prefix + line);
    return lines2;
  };
  const withCommas = (shown2, tail) => [...shown2, ...tail === null ? [] : [tail]].map(
    (item2, i, all) => i < all.length - 1 ? `${item2},` : item2
  );
  const lines = pack(withCommas(items, null));
  if (lines.length <= limit) return lines;
  let shown = 0;
  while (shown < items.length && pack(
    withCommas(
      items.slice(0, shown + 1),
      `and ${items.length - shown - 1} more`
    )
  ).length <= limit)
    shown++;
  return pack(
    withCommas(items.slice(0, shown), `and ${items.length - shown} more`)
  );
}

// src/report/render-inventory.ts
function renderInventory(project, width, paint) {
  const s = escapeTextValue;
  const workspace = project.workspace && project.workspace !== project.path ? `  (uv workspace ${s(project.workspace)})` : "";
  const lines = [
    paint("bold", `${s(project.path)}${workspace}`),
    ...wrapList(
      project.files.map((f) => s(basename2(f.path))),
      width,
      "  files: ",
      "    "
    )
  ];
  if (project.requirements.length > 0) {
    lines.push("  requirements:");
    const described = project.requirements.map(
      (r) => s(describeRequirement2(r))
    );
    const column = Math.min(48, Math.max(...described.map((d) => d.length)));
    project.requirements.forEach((r, i) => {
      lines.push(
        `    ${(described[i] ?? "").padEnd(column)}  ${s(r.group).padEnd(14)}  ${s(r.file)}:${r.line}`
      );
    });
  }
  if (project.locked.length > 0) {
    const files = [...new Set(project.locked.map((l) => l.file))].map(s).join(", ");
    lines.push(`  locked (${files}):`);
    const entries = project.locked.map(
      (l) => `${l.name}${l.version ? ` ${l.version}` : ""}${l.source === "registry" ? "" : ` [${l.source}]`}`
    );
    lines.push(...wrapList(entries.map(s), width, "    ", "    "));
  }
  return lines;
}
function describeRequirement2(r) {
  const extras = r.extras.length ? `[${r.extras.join(",")}]` : "";
  const spec = r.url ? ` @ ${r.url}` : r.specifier ? ` ${r.specifier}` : " (any version)";
  return `${r.editable ? "-e " : ""}${r.name}${extras}${spec}${r.marker ? ` ; ${r.marker}` : ""}`;
}
function basename2(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}

// src/report/message-parts.ts
function splitMessageParts(message) {
  const first = message.split(/\r?\n/)[0] ?? "";
  const sentences = splitSentences(first);
  const head = sentences[0] ?? "";
  if (sentences.length < 2) return { problem: head, closing: null };
  return {
    problem: cutExplanation(head),
    closing: sentences[sentences.length - 1] ?? null
  };
}
function splitSentences(text3) {
  const out = [];
  let inCode = false;
  let start = 0;
  for (let i = 0; i < text3.length; i++) {
    const c = text3[i];
    if (c === "`") inCode = !inCode;
    else if (!inCode && c === "." && /^\s+\S/.test(text3.slice(i + 1))) {
      out.push(text3.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  out.push(text3.slice(start).trim());
  return out.filter((sentence) => sentence !== "");
}
function cutExplanation(sentence) {
  let inCode = false;
  let inQuote = false;
  let depth = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (c === "`") inCode = !inCode;
    if (inCode) continue;
    if (c === '"') inQuote = !inQuote;
    else if (inQuote) continue;
    else if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === ":" && depth === 0 && sentence[i + 1] === " " && i > 0)
      return `${sentence.slice(0, i)}.`;
  }
  return sentence;
}
function splitWords(text3) {
  if ((text3.match(/`/g)?.length ?? 0) % 2 !== 0)
    return text3.split(" ").filter((word2) => word2 !== "");
  const words = [];
  let word = "";
  let inCode = false;
  for (const c of text3) {
    if (c === "`") inCode = !inCode;
    if (c === " " && !inCode) {
      if (word !== "") words.push(word);
      word = "";
    } else word += c;
  }
  if (word !== "") words.push(word);
  return words;
}

// src/report/render-text-finding.ts
var LABELS = {
  error: ["red", "error"],
  warning: ["yellow", "warning"],
  notice: ["cyan", "notice"]
};
var FIRST = "  ";
var REST = "    ";
function renderTextFinding(f, width, paint, verbose) {
  const s = stripControls;
  const [style, label] = LABELS[f.severity];
  const where2 = f.file ? ` ${escapeTextValue(f.file)}${f.line ? `:${f.line}` : ""}` : "";
  const tag = f.also?.length ? `[${f.rule}, also ${f.also.join(", ")}]` : `[${f.rule}]`;
  const head = [label, s(where2.trim()), s(tag)].filter((word) => word !== "");
  const lines = verbose ? renderWhole(head.join(" "), s(f.message), f.suggestion, width) : renderShort(head, s(f.message), f.suggestion, width);
  lines[0] = `${FIRST}${paint(style, label)}${(lines[0] ?? "").slice(FIRST.length + label.length)}`;
  const at = lines.findIndex((line) => line.includes(tag));
  if (at >= 0) lines[at] = (lines[at] ?? "").replace(tag, paint("dim", tag));
  return lines;
}
function renderShort(head, message, suggestion, width) {
  const { problem, closing } = splitMessageParts(message);
  const fix = closing ?? (suggestion !== void 0 && !problem.includes(suggestion) ? `Write \`${suggestion}\`.` : null);
  const words = [...head, ...splitWords(problem)];
  if (fix !== null)
    words.push(
      ...fix.length <= width - REST.length ? [fix] : splitWords(fix)
    );
  return wrapWords(words, width, FIRST, REST);
}
function renderWhole(head, message, suggestion, width) {
  const fix = suggestion !== void 0 && !message.includes(suggestion) ? `
fix: ${suggestion}` : "";
  return wrapText(`${head} ${message}${fix}`, width, FIRST, REST);
}

// src/report/render-text-summary.ts
var PROJECT_LINES = 3;
function renderTextSummary(report, options) {
  const { summary } = report;
  const { width, paint } = options;
  const lines = [renderVerdict(report, paint)];
  if (report.findings.length > 0) {
    lines.push(
      ...wrapList(
        countFindingsBy(report.findings, (f) => f.rule),
        width,
        "by rule: ",
        "  "
      )
    );
    const projects = countFindingsBy(
      report.findings,
      (f) => f.project ?? "repository"
    );
    if (summary.projects > 1 || projects.length > 1)
      lines.push(
        ...wrapList(projects, width, "by project: ", "  ", PROJECT_LINES)
      );
  }
  lines.push(options.exitReason ?? describeExit(report));
  return lines;
}
function renderVerdict(report, paint) {
  const { summary } = report;
  if (summary.files === 0)
    return paint(
      "yellow",
      `nothing audited: no dependency files found${summary.warnings > 0 ? `, ${plural2(summary.warnings, "warning")}` : ""}`
    );
  if (report.findings.length === 0)
    return `no problems found in ${plural2(summary.projects, "project")}`;
  const affected = new Set(report.findings.map((f) => f.project));
  const counts = describeCounts(report.findings);
  const inProjects2 = affected.size - (affected.has(null) ? 1 : 0);
  const where2 = inProjects2 === 0 ? " in the repository" : ` in ${inProjects2} of ${plural2(summary.projects, "project")}${affected.has(null) ? " and the repository" : ""}`;
  return paint(summary.errors > 0 ? "red" : "yellow", `${counts}${where2}`);
}
function describeExit(report) {
  const { errors } = report.summary;
  return errors > 0 ? `exit status 1: ${plural2(errors, "error finding")}` : "exit status 0: no error findings";
}

// src/report/render-text.ts
var ANSI = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1 };
var MIN_WIDTH = 40;
var MAX_WIDTH = 160;
function renderText(report, options) {
  const paint = (style, text3) => options.color ? `\x1B[${ANSI[style]}m${text3}\x1B[0m` : text3;
  const width = Math.min(
    MAX_WIDTH,
    Math.max(MIN_WIDTH, Math.floor(options.width ?? 100))
  );
  const verbose = options.verbose === true;
  const lines = [...renderHead(report, width, paint)];
  const byProject = groupByProject(report.findings);
  if (report.findings.length > 0) lines.push("");
  const known = report.projects.map((p) => p.path);
  const others = [...byProject.keys()].filter(
    (key) => key !== null && !known.includes(key)
  );
  for (const project of [...known, ...others, null]) {
    const findings = byProject.get(project);
    if (findings !== void 0)
      lines.push(
        ...renderProjectFindings(project, findings, width, paint, verbose)
      );
  }
  if (options.inventory)
    for (const project of report.projects)
      lines.push("", ...renderInventory(project, width, paint));
  const clean = report.projects.filter((p) => !byProject.has(p.path)).map((p) => escapeTextValue(p.path));
  if (clean.length > 0 && report.findings.length > 0)
    lines.push(
      "",
      ...wrapList(
        clean,
        width,
        `${clean.length === 1 ? "1 project" : `${clean.length} projects`} without findings: `,
        "  ",
        1
      )
    );
  lines.push(
    "",
    ...renderTextSummary(report, {
      width,
      paint,
      exitReason: options.exitReason
    })
  );
  return neutralizeWorkflowCommands(`${lines.join("\n")}
`);
}
function renderHead(report, width, paint) {
  const s = stripControls;
  const { summary } = report;
  const where2 = report.scope === void 0 ? s(report.root) : `${s(report.scope)} (in ${s(report.root)})`;
  const counts = `${plural2(summary.projects, "project")}, ${plural2(summary.files, "file")}, ${plural2(summary.requirements, "requirement")}, ${plural2(summary.locked, "locked package")}`;
  const title = `${report.tool.name} ${report.tool.version}`;
  const [head = "", ...more] = wrapText(
    `${title}: ${where2}: ${counts}`,
    width,
    "",
    "  "
  );
  const lines = [
    paint("bold", title) + head.slice(title.length),
    ...more,
    ...wrapText(s(report.policy.description), width, "policy: ", "  ")
  ];
  const unchecked = describeUnchecked(report.checks ?? []);
  if (unchecked !== null)
    lines.push(...wrapText(s(unchecked), width, "not checked: ", "  "));
  return lines;
}
function groupByProject(findings) {
  const byProject = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const list = byProject.get(f.project);
    if (list === void 0) byProject.set(f.project, [f]);
    else list.push(f);
  }
  return byProject;
}
function renderProjectFindings(project, findings, width, paint, verbose) {
  const heading = `${project === null ? "repository" : escapeTextValue(project)}: ${describeCounts(findings)}`;
  return [
    paint("bold", heading),
    ...findings.flatMap((f) => renderTextFinding(f, width, paint, verbose))
  ];
}

// src/report/drift-wording.ts
function describeBehind(e) {
  const parts = [];
  for (const k of ["major", "minor", "patch"])
    if (e.behind[k] > 0) parts.push(`${e.behind[k]} ${k}`);
  const other = e.behind.other ?? 0;
  if (other > 0) parts.push(`${other} pre/post/dev`);
  return parts.join(", ");
}
function describeAllowed(e, code) {
  const parts = [];
  if (!e.currentAllowed) parts.push(`${code(e.current)} is outside the policy`);
  if (e.status !== "unknown") {
    if (e.allowed === null) parts.push("no release");
    else {
      const order = compareLoosely2(e.allowed, e.current);
      parts.push(
        order > 0 ? code(e.allowed) : order === 0 ? `${code(e.allowed)} (in use)` : `up to ${code(e.allowed)}`
      );
    }
  }
  if (e.notYet)
    parts.push(
      `${code(e.notYet.version)} not yet (cooldown ends ${formatMoment(e.notYet.allowedAt, code)})`
    );
  const py = e.pythonExcluded;
  if (py)
    parts.push(
      `not ${code(py.version)}: it requires Python ${code(py.requiresPython)}, the project supports ${code(py.projectRequiresPython)}`
    );
  return parts.join("; ");
}
function formatMoment(at, code) {
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? code(at) : formatUtc(new Date(ms));
}
function describeSpread(p, multi, code) {
  return p.versions.map(
    (v) => `${code(v.version)} on ${v.locations.length <= 3 ? v.locations.map((l) => code(locationLabel(l, multi))).join(", ") : plural2(v.locations.length, "project")}`
  ).join("; ");
}
function locationLabel(l, multi) {
  if (!multi) return l.project;
  return l.project === "." ? l.repository : `${l.repository}:${l.project}`;
}
function describeLibyears(summary) {
  const unknown2 = summary.libyearsUnknown ?? 0;
  if (summary.libyears <= 0 && unknown2 === 0) return "";
  const missing = unknown2 === 0 ? "" : `${summary.libyears > 0 ? ", not counting" : "libyears unknown for"} ${plural2(unknown2, "version")} the index gave no upload time for`;
  return summary.libyears > 0 ? `${formatYears(summary.libyears)} libyears in all${missing}` : missing.trimStart();
}
function formatYears(years) {
  return (Math.round(years * 10) / 10).toFixed(1);
}
function countRepositories(n) {
  return n === 1 ? "1 repository" : `${n} repositories`;
}
var UNCHECKED_LABELS = {
  "not-on-index": "not on the index",
  "index-error": "the index could not be read",
  offline: "not checked, offline",
  "audit-report": "not checked, from an audit report"
};
function groupUnchecked(report) {
  const byReason = /* @__PURE__ */ new Map();
  for (const r of report.repositories)
    for (const e of r.entries) {
      if (e.status !== "unknown") continue;
      const reason = e.unchecked ?? "index-error";
      const names = byReason.get(reason) ?? /* @__PURE__ */ new Set();
      names.add(e.package);
      byReason.set(reason, names);
    }
  return Object.keys(UNCHECKED_LABELS).filter((reason) => byReason.has(reason)).map((reason) => ({
    reason,
    packages: [...byReason.get(reason) ?? []].sort(compareStrings3)
  }));
}

// src/report/markdown-blocks.ts
function fitToLength(maxLength, levels, render, note = "_(report truncated)_") {
  const max = maxLength ?? Number.POSITIVE_INFINITY;
  let last = "";
  for (const level of levels) {
    last = render(level);
    if (last.length <= max) return last;
  }
  const tail = `

${note}
`;
  let kept = last.slice(0, Math.max(0, max - tail.length));
  for (; ; ) {
    const lineEnd = kept.lastIndexOf("\n");
    kept = lineEnd > 0 ? kept.slice(0, lineEnd) : "";
    const closing = "\n\n</details>".repeat(countOpenDetails(kept));
    if (kept.length + closing.length + tail.length <= max || kept === "") {
      return `${kept}${closing}${tail}`.slice(0, max);
    }
  }
}
function countOpenDetails(markdown) {
  const opened = markdown.match(/<details[\s>]/g)?.length ?? 0;
  const closed = markdown.match(/<\/details>/g)?.length ?? 0;
  return Math.max(0, opened - closed);
}
function safeUrl(url2) {
  return encodeURI(url2).replace(/%25([0-9A-Fa-f]{2})/g, "%$1").replace(/\(/g, "%28").replace(/\)/g, "%29");
}

// src/report/render-finding.ts
var SEVERITY_ICON = {
  error: "\u{1F534}",
  warning: "\u{1F7E1}",
  notice: "\u{1F535}"
};
var SHORT_REMARK = 80;
function renderFindingItem(view, links) {
  const { finding: f, status, fix } = view;
  const mark = status === "new" ? " **new**" : status === "existing" ? " existing" : "";
  const head = [`${SEVERITY_ICON[f.severity]}${mark}`, codeSpan(f.rule)];
  const where2 = renderLocation(f, links);
  if (where2) head.push(where2);
  const { sentence, rest } = splitMessage(f.message, f.suggestion);
  if (f.package && !sentence.includes(`\`${f.package}\``))
    head.push(codeSpan(f.package));
  if (f.also?.length)
    head.push(`also\xA0${f.also.map((id) => codeSpan(id)).join(", ")}`);
  const out = [
    `- ${head.join(" \xB7 ")}\\`,
    `  ${escapeMarkdownWithCode(sentence)}`
  ];
  if (fix) out.push("", ...indent(diffBlock(fix)));
  else if (f.suggestion) out.push(`  Fix: ${codeSpan(f.suggestion)}`);
  const more = [...rest];
  if (f.counterexample && !namesVersion(f.message, f.counterexample))
    more.push(
      `A version the requirement lets in that is not allowed: ${codeSpan(f.counterexample)}.`
    );
  if (more.length === 1 && more[0].length <= SHORT_REMARK)
    out.push("", `  ${escapeMarkdownWithCode(more[0])}`);
  else if (more.length > 0) {
    out.push(
      "",
      "  <details><summary>Why, and what else</summary>",
      "",
      ...more.map((text3) => `  ${escapeMarkdownWithCode(text3)}`),
      "",
      "  </details>"
    );
  }
  out.push("");
  return out;
}
function renderLocation(f, links) {
  if (!f.file) return null;
  const text3 = codeSpan(`${f.file}${f.line ? `:${f.line}` : ""}`);
  const url2 = locationUrl(f.file, f.line, links);
  return url2 ? `[${text3}](${url2})` : text3;
}
function locationUrl(file2, line, links) {
  if (!links) return null;
  const path = (links.pathPrefix === "." ? file2 : `${links.pathPrefix}/${file2}`).split("/").filter((segment) => segment !== "" && segment !== ".").map(
    (segment) => encodeURIComponent(segment).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
    )
  ).join("/");
  return `${safeUrl(links.blobBase)}/${path}${line ? `#L${line}` : ""}`;
}
function diffBlock(fix) {
  const before = stripControls(fix.before);
  const after = stripControls(fix.after);
  const fence = fenceFor(`${before}
${after}`);
  return [`${fence}diff`, `-${before}`, `+${after}`, fence];
}
function fenceFor(text3) {
  const longest = Math.max(
    0,
    ...(text3.match(/`+/g) ?? []).map((run) => run.length)
  );
  return "`".repeat(Math.max(3, longest + 1));
}
function indent(lines) {
  return lines.map((line) => line === "" ? "" : `  ${line}`);
}
function splitMessage(message, suggestion) {
  const lines = message.split(/\r?\n/).filter((line) => line.trim() !== "");
  const first = lines[0] ?? "";
  let inCode = false;
  let end = -1;
  for (let i = 0; i < first.length; i++) {
    const c = first[i];
    if (c === "`") inCode = !inCode;
    else if (!inCode && c === "." && /^\s+\S/.test(first.slice(i + 1))) {
      end = i + 1;
      break;
    }
  }
  const sentence = end === -1 ? first : first.slice(0, end);
  const write = suggestion === void 0 ? null : ` Write \`${suggestion}\`.`;
  const after = ` ${first.slice(end).trim()}`;
  const rest = [
    // The fix is shown anyway: the closing "Write ..." is left out wherever it ends the first line.
    ...end === -1 ? [] : [
      (write && after.endsWith(write) ? after.slice(0, -write.length) : after).trim()
    ],
    ...lines.slice(1).map((line) => line.trim())
  ].filter(
    (text3) => text3 !== "" && !(suggestion !== void 0 && text3 === `Write \`${suggestion}\`.`)
  );
  return { sentence, rest };
}
function projectLabel(project) {
  return project === null ? "repository" : escapeHtml(project);
}
function namesVersion(text3, version3) {
  for (let at = text3.indexOf(version3); at >= 0; at = text3.indexOf(version3, at + 1)) {
    const before = text3.slice(Math.max(0, at - 1), at);
    const after = text3.slice(at + version3.length, at + version3.length + 2);
    if (!/[\w.+!-]$/.test(before) && !/^(\w|[.+!-]\w)/.test(after)) return true;
  }
  return false;
}

// src/report/render-finding-sections.ts
var LOCATIONS_PER_RULE = 20;
function renderPrimary(views, shown, heading, links, moreNote) {
  if (views.length === 0) return [];
  const out = [`#### ${heading}`, ""];
  const kept = views.slice(0, shown);
  const projects = new Set(kept.map((v) => v.finding.project));
  let current;
  for (const view of kept) {
    if (projects.size > 1 && view.finding.project !== current) {
      current = view.finding.project;
      out.push(
        `**${current === null ? "repository" : codeSpan(current)}**`,
        ""
      );
    }
    out.push(...renderFindingItem(view, links));
  }
  if (kept.length < views.length)
    out.push(
      `_${plural2(views.length - kept.length, "more finding")} of this change not shown here: ${moreNote}_`,
      ""
    );
  return out;
}
function renderProjectCounts(views) {
  const groups = groupByProject2(views);
  if (groups.size === 0) return [];
  const out = [
    "| Project | Errors | Warnings | Notices |",
    "|---|---:|---:|---:|"
  ];
  for (const [project, entries] of groups) {
    const findings = entries.map((e) => e.finding);
    out.push(
      `| ${project === null ? "_repository_" : codeSpan(project)} | ${count(findings, "error")} | ${count(findings, "warning")} | ${count(findings, "notice")} |`
    );
  }
  out.push("");
  return out;
}
function renderCountsBlock(views) {
  const table = renderProjectCounts(views);
  const projects = new Set(views.map((v) => v.finding.project)).size;
  if (projects <= 10) return table;
  return [
    `<details><summary>${describeCounts2(views.map((v) => v.finding))} in ${plural2(projects, "project")}</summary>`,
    "",
    ...table,
    "</details>",
    ""
  ];
}
function renderExisting(views, detail, heading, links) {
  if (views.length === 0) return [];
  const out = [`#### ${heading} (${views.length})`, ""];
  const groups = groupByProject2(views);
  if (detail === "counts") return [...out, ...renderCountsBlock(views)];
  for (const [project, entries] of groups) {
    const findings = entries.map((e) => e.finding);
    out.push(
      `<details><summary><b>${projectLabel(project)}</b>: ${describeCounts2(findings)}</summary>`,
      ""
    );
    if (detail === "items")
      for (const view of entries) out.push(...renderFindingItem(view, links));
    else
      out.push(...renderRuleLines(entries, detail === "locations", links), "");
    out.push("</details>", "");
  }
  return out;
}
function renderRuleLines(entries, withLocations, links) {
  const byRule = /* @__PURE__ */ new Map();
  for (const { finding } of entries) {
    const key = `${finding.severity}\0${finding.rule}`;
    const list = byRule.get(key);
    if (list) list.push(finding);
    else byRule.set(key, [finding]);
  }
  const out = [];
  for (const findings of byRule.values()) {
    const first = findings[0];
    const line = `- ${SEVERITY_ICON[first.severity]} ${codeSpan(first.rule)} \xD7 ${findings.length}`;
    out.push(
      withLocations ? `${line}: ${renderPlaces(findings, links)}` : line
    );
  }
  return out;
}
function renderPlaces(findings, links) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings.slice(0, LOCATIONS_PER_RULE)) {
    const file2 = f.file ?? "";
    const list = byFile.get(file2);
    if (list) list.push(f);
    else byFile.set(file2, [f]);
  }
  const parts = [];
  for (const [file2, inFile] of byFile) {
    if (file2 === "") continue;
    const name2 = renderLocation({ file: file2, line: null }, links) ?? codeSpan(file2);
    const lines = inFile.filter((f) => f.line).map((f) => {
      const url2 = locationUrl(file2, f.line, links);
      return url2 ? `[${f.line}](${url2})` : String(f.line);
    });
    parts.push(
      lines.length > 0 ? `${name2} ${lines.length === 1 ? "line" : "lines"} ${lines.join(", ")}` : name2
    );
  }
  const more = findings.length - Math.min(findings.length, LOCATIONS_PER_RULE);
  return `${parts.join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
}
function groupByProject2(views) {
  const groups = /* @__PURE__ */ new Map();
  for (const view of views) {
    const list = groups.get(view.finding.project);
    if (list) list.push(view);
    else groups.set(view.finding.project, [view]);
  }
  return groups;
}
function count(findings, severity) {
  return findings.filter((f) => f.severity === severity).length;
}
function describeCounts2(findings) {
  const parts = [];
  for (const severity of ["error", "warning", "notice"]) {
    const n = count(findings, severity);
    if (n > 0) parts.push(plural2(n, severity));
  }
  return parts.join(", ");
}

// src/report/render-upgrades.ts
function renderUpgrades(upgrades, maxRows = Number.POSITIVE_INFINITY) {
  const shown = upgrades.slice(0, maxRows);
  const open4 = upgrades.length <= 10 ? " open" : "";
  const lines = [
    `<details${open4}><summary><b>Dependency changes</b>: ${describeUpgradeCounts(upgrades)}</summary>`,
    ""
  ];
  const byFile = /* @__PURE__ */ new Map();
  for (const u of shown) {
    const list = byFile.get(u.file);
    if (list) list.push(u);
    else byFile.set(u.file, [u]);
  }
  for (const [file2, rows] of byFile) {
    lines.push(
      `**${codeSpan(file2)}**`,
      "",
      "| Package | Version | Update | Links |",
      "|---|---|---|---|"
    );
    for (const u of rows)
      lines.push(
        `| ${codeSpan(u.package)} | ${describeChange(u)} | ${u.updateType ?? ""} | ${renderLinks(u)} |`
      );
    lines.push("");
  }
  if (shown.length < upgrades.length)
    lines.push(
      `_${plural2(upgrades.length - shown.length, "more change")} not shown._`,
      ""
    );
  lines.push("</details>", "");
  return { lines, cut: upgrades.length - shown.length };
}
function describeChange(u) {
  const from = u.from === null ? null : codeSpan(u.from);
  const to = u.to === null ? null : codeSpan(u.to);
  switch (u.change) {
    case "added":
      return `\u2795 ${to}`;
    case "removed":
      return `\u2796 ${from}`;
    case "upgraded":
      return `${from} \u2192 ${to}`;
    case "downgraded":
      return `${from} \u2192 ${to} \u2B07\uFE0F`;
    default:
      return `${from} \u2192 ${to}`;
  }
}
function renderLinks(u) {
  const links = [];
  if (u.url) links.push(`[release](${safeUrl(u.url)})`);
  if (u.changelogUrl) links.push(`[changelog](${safeUrl(u.changelogUrl)})`);
  if (u.compareUrl) links.push(`[compare](${safeUrl(u.compareUrl)})`);
  return links.join(" \xB7 ");
}
function describeUpgradeCounts(upgrades) {
  const parts = [];
  for (const change of [
    "upgraded",
    "downgraded",
    "added",
    "removed",
    "changed"
  ]) {
    const n = upgrades.filter((u) => u.change === change).length;
    if (n > 0) parts.push(`${n} ${change}`);
  }
  return parts.join(", ");
}

// src/report/render-markdown.ts
var ALL = Number.POSITIVE_INFINITY;
var LEVELS = [
  { existing: "items", upgradeRows: ALL, primary: ALL },
  { existing: "locations", upgradeRows: ALL, primary: ALL },
  { existing: "locations", upgradeRows: 50, primary: ALL },
  { existing: "rules", upgradeRows: 50, primary: ALL },
  { existing: "rules", upgradeRows: 20, primary: ALL },
  { existing: "counts", upgradeRows: 20, primary: ALL },
  { existing: "counts", upgradeRows: 0, primary: ALL }
];
function renderMarkdown(report, options = {}) {
  const views = report.findings.map(
    (finding, i) => ({
      finding,
      status: options.statuses?.[i],
      fix: options.fixes?.[i] ?? void 0
    })
  );
  const primaryCount = options.statuses ? views.filter((v) => v.status === "new").length : views.length;
  return fitReport(
    options.maxLength,
    primaryCount,
    (limits) => renderWithLimit(report, views, options, limits),
    renderCutNote(options.fullReportUrl)
  );
}
function fitReport(maxLength, primaryCount, render, note) {
  const max = maxLength ?? ALL;
  for (const level of LEVELS) {
    const text3 = render(level);
    if (text3.length <= max) return text3;
  }
  const least = LEVELS[LEVELS.length - 1];
  let low = 1;
  let high = primaryCount - 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    if (render({ ...least, primary: mid }).length <= max) low = mid + 1;
    else high = mid - 1;
  }
  return fitToLength(
    maxLength,
    [{ ...least, primary: Math.max(1, high) }],
    render,
    note
  );
}
function renderWithLimit(report, views, options, limits) {
  const out = renderHeader(report, options);
  const compared = options.statuses !== void 0;
  const primary = compared ? views.filter((v) => v.status === "new") : views;
  const existing = compared ? views.filter((v) => v.status !== "new") : [];
  if (!compared && new Set(views.map((v) => v.finding.project)).size > 1)
    out.push(...renderCountsBlock(views));
  out.push(
    ...renderPrimary(
      primary,
      limits.primary,
      compared ? "New in this change" : "Findings",
      options.links,
      options.fullReportUrl ? `[full report](${safeUrl(options.fullReportUrl)})` : "run `pin-audit --format markdown` for the full report."
    )
  );
  let cut = 0;
  if (options.upgrades && options.upgrades.length > 0) {
    const section = renderUpgrades(options.upgrades, limits.upgradeRows);
    cut += section.cut;
    out.push(...section.lines);
  }
  out.push(
    ...renderExisting(
      existing,
      limits.existing,
      "Already on the base",
      options.links
    )
  );
  if (limits.existing !== "items" && existing.length > 0) cut++;
  if (cut > 0) out.push(renderCutNote(options.fullReportUrl), "");
  return out.join("\n");
}
function renderHeader(report, options) {
  const { summary } = report;
  const out = [`### ${renderVerdict2(report, options)}`, ""];
  if (options.gate) out.push(renderGate(options.gate, options.statuses), "");
  out.push(
    `Audited ${plural2(summary.projects, "project")}, ${plural2(summary.files, "file")}, ${plural2(summary.requirements, "requirement")} and ${plural2(summary.locked, "locked package")} with ${escapeMarkdown(`${report.tool.name} ${report.tool.version}`)}.`,
    `Policy: ${escapeMarkdown(report.policy.description)}.`
  );
  const unchecked = describeUnchecked(report.checks ?? []);
  if (unchecked !== null)
    out.push(`Not checked: ${escapeMarkdown(unchecked)}.`);
  const comparison = describeComparison(options);
  if (comparison) out.push(comparison);
  out.push("");
  if (report.findings.length > 0 && options.gate === void 0)
    out.push(
      `- By rule: ${escapeMarkdown(countFindingsBy(report.findings, (f) => f.rule).join(", "))}.`,
      ...describeProjectCounts(report).map(
        (line) => `- ${escapeMarkdown(line)}`
      ),
      ""
    );
  return out;
}
function checkedNothing(report) {
  const { summary } = report;
  return summary.requirements + summary.locked + report.findings.length === 0;
}
function renderVerdict2(report, options) {
  const { summary } = report;
  const title = options.title ?? "pin-audit";
  const failing = options.gate ? options.gate.blocking > 0 : null;
  if (options.statuses && summary.errors + summary.warnings > 0) {
    const news = report.findings.filter(
      (f, i) => options.statuses?.[i] === "new" && f.severity !== "notice"
    );
    const newErrors = news.filter((f) => f.severity === "error").length;
    const newWarnings = news.length - newErrors;
    const existing = summary.errors + summary.warnings - news.length;
    const parts = [];
    if (newErrors > 0) parts.push(plural2(newErrors, "new error"));
    if (newWarnings > 0) parts.push(plural2(newWarnings, "new warning"));
    if (parts.length === 0) parts.push("nothing new");
    const tail = existing > 0 ? ` \xB7 ${existing} already on the base` : "";
    const icon = failing || failing === null && newErrors > 0 ? "\u274C" : newErrors + newWarnings > 0 ? "\u26A0\uFE0F" : checkedNothing(report) ? "\u26AA" : existing > 0 ? "\u2611\uFE0F" : "\u2705";
    return `${icon} ${title}: ${parts.join(", ")}${tail}`;
  }
  if (summary.errors > 0)
    return `\u274C ${title}: ${plural2(summary.errors, "error")}, ${plural2(summary.warnings, "warning")}`;
  if (summary.warnings > 0)
    return `\u26A0\uFE0F ${title}: ${plural2(summary.warnings, "warning")}`;
  return checkedNothing(report) ? `\u26AA ${title}: nothing to check (no pinned requirement or lock entry found)` : `\u2705 ${title}: all clear`;
}
function renderGate(gate, statuses) {
  const settings = `\`fail-on: ${gate.failOn}\`, \`block: ${gate.block}\``;
  if (gate.blocking > 0) {
    const what = gate.block === "new" && statuses ? "new finding" : "finding";
    return `**This check fails:** ${plural2(gate.blocking, what)} at or above \`${gate.failOn}\` (${settings}).`;
  }
  return gate.failOn === "never" ? `This check passes: findings never fail it (${settings}).` : `This check passes: nothing ${gate.block === "new" && statuses ? "new " : ""}at or above \`${gate.failOn}\` (${settings}).`;
}
function describeComparison(options) {
  if (!options.statuses) return null;
  const news = options.statuses.filter((s) => s === "new").length;
  const existing = options.statuses.length - news;
  const parts = [
    `${plural2(news, "new finding")} introduced by this change`,
    `${existing} already on the base`
  ];
  if (options.fixedCount)
    parts.push(`${plural2(options.fixedCount, "finding")} fixed`);
  return `Compared with the base: ${parts.join(", ")}.`;
}
function renderCutNote(fullReportUrl) {
  return fullReportUrl ? `Some detail was left out to fit. [Full report in the job summary](${safeUrl(fullReportUrl)})` : "Some detail was left out to fit; run `pin-audit --format markdown` for the full report.";
}

// src/report/render-comment.ts
var COMMENT_LIMIT = 65536;

// src/report/render-drift-delta.ts
var UNCHECKED = {
  "index-error": "index error",
  "not-on-index": "not on the index",
  offline: "offline",
  "audit-report": "from an audit report"
};
var SECTIONS = [
  { key: "resolved", icon: "\u2705", label: "resolved", always: true },
  { key: "added", icon: "\u{1F195}", label: "new", always: true },
  { key: "further", icon: "\u2B07\uFE0F", label: "drifted further", always: true },
  { key: "reduced", icon: "\u2B06\uFE0F", label: "closer", always: true },
  { key: "yanked", icon: "\u26A0\uFE0F", label: "newly yanked", always: false },
  { key: "moved", icon: "\u2194\uFE0F", label: "moved", always: false },
  { key: "unchecked", icon: "\u2754", label: "not checked", always: false }
];
function renderDelta(delta, maxRows, multi) {
  const total = SECTIONS.reduce((n, s) => n + delta[s.key].length, 0);
  const counts = SECTIONS.filter((s) => s.always || delta[s.key].length > 0).map((s) => `${delta[s.key].length} ${s.label}`).join(", ");
  const lines = [
    `**Since the report of ${escapeMarkdown(delta.since)}:** ${total === 0 ? "no change." : `${counts}.`}`,
    ""
  ];
  let cut = 0;
  for (const s of SECTIONS) {
    const rows = delta[s.key];
    const shown = rows.slice(0, maxRows);
    cut += rows.length - shown.length;
    for (const r of shown)
      lines.push(`- ${s.icon} ${s.label}: ${describeDeltaRow(r, multi)}`);
  }
  if (total > 0) lines.push("");
  return { lines, cut };
}
function describeDeltaRow(r, multi) {
  const where2 = multi ? `${codeSpan(r.repository)} ${codeSpan(r.project)}` : codeSpan(r.project);
  const subject = `${codeSpan(r.package)} in ${where2}`;
  if (r.unchecked !== null)
    return `${subject}: ${UNCHECKED[r.unchecked]}${r.before ? ` (last checked: ${describeSide(r.before)})` : ""}`;
  const before = r.before ? `was ${describeSide(r.before)}` : "";
  const after = r.after ? `now ${describeSide(r.after)}` : "";
  return `${subject}${before || after ? ` (${[before, after].filter(Boolean).join("; ")})` : ""}`;
}
function describeSide(s) {
  const yanked = s.yanked === "" ? "" : s.yanked === s.versions ? " yanked" : ` (yanked: ${codeSpan(s.yanked)})`;
  return `${codeSpan(s.versions)}${yanked}, ${plural2(s.behind, "release")} behind${s.latest ? ` ${codeSpan(s.latest)}` : ""}`;
}

// src/report/render-rollout-plan.ts
function renderRolloutPlanMarkdown(report) {
  const multi = report.repositories.length > 1;
  const plans = report.repositories.flatMap(
    (r) => (r.rollout ?? []).map((plan) => ({ repository: r.name, plan }))
  );
  if (plans.length === 0) return [];
  const out = [
    `<details open><summary><b>Rollout plan</b>: ${plural2(plans.length, "package")} to move, canary first</summary>`,
    ""
  ];
  for (const { repository, plan } of plans) {
    const where2 = multi ? `${codeSpan(repository)}: ` : "";
    out.push(
      `${where2}**${codeSpan(plan.package)} to ${codeSpan(plan.target)}**`,
      ""
    );
    for (const [i, wave] of plan.waves.entries()) {
      const projects = wave.projects.map(codeSpan).join(", ");
      out.push(
        `${i + 1}. ${wave.canary ? "Canary" : `Wave ${wave.wave}`} (${projects}): ${describeWave(wave, plan)}`,
        `   ${codeSpan(wave.command)}`
      );
    }
    out.push("");
  }
  out.push("</details>", "");
  return out;
}
function renderRolloutPlanText(report) {
  const s = stripControls;
  const multi = report.repositories.length > 1;
  const lines = [];
  for (const r of report.repositories)
    for (const plan of r.rollout ?? []) {
      lines.push(
        "",
        `rollout plan: ${multi ? `${s(r.name)}: ` : ""}${s(plan.package)} to ${s(plan.target)}`
      );
      for (const wave of plan.waves)
        lines.push(
          `  ${wave.canary ? "canary" : `wave ${wave.wave}`} (${wave.projects.map(s).join(", ")}): ${s(describeWave(wave, plan))}`,
          `    ${s(wave.command)}`
        );
    }
  return lines;
}
function describeWave(wave, plan) {
  const canary = plan.waves.find((w) => w.canary);
  switch (wave.state) {
    case "done":
      return `done: runs ${plan.target}`;
    case "ready":
      return wave.canary ? "ready: move the canary now" : "ready: the canary's soak is over";
    case "soaking":
      return wave.adoptedAt === null ? "runs it; since when is unknown (no git history), so the soak cannot be confirmed" : `runs it since ${formatMoment2(wave.adoptedAt)}; the soak ends ${formatMoment2(wave.soakEndsAt)}`;
    case "soaked":
      return `runs it since ${formatMoment2(wave.adoptedAt)}; soak over, the next wave is ready`;
    case "waiting": {
      const previous = plan.waves[plan.waves.indexOf(wave) - 1];
      if (previous === void 0 || previous === canary)
        return canary?.soakEndsAt ? `waiting for the canary's soak (ends ${formatMoment2(canary.soakEndsAt)})` : "waiting for the canary to move and soak";
      return `waiting for wave ${previous.wave}`;
    }
  }
}
function formatMoment2(at) {
  if (at === null) return "unknown";
  return formatUtc(new Date(at));
}

// src/report/render-drift-text.ts
function renderDriftText(report, options = {}) {
  const s = stripControls;
  const now = options.now ?? new Date(report.generatedAt);
  const { summary } = report;
  const multi = report.repositories.length > 1;
  const years = describeLibyears(summary);
  const lines = [
    `${s(report.tool.name)} ${s(report.tool.version)} drift: ${plural2(summary.versions, "pinned or locked version")} in ${plural2(summary.projects, "project")}${multi ? ` of ${countRepositories(summary.repositories)}` : ""}: ${summary.behind} behind, ${summary.yanked} yanked, ${summary.upToDate} up to date, ${summary.unknown} not checked; ${years || "0.0 libyears"}`
  ];
  for (const r of report.repositories) {
    let project = null;
    for (const e of r.entries.filter(isDrifting)) {
      if (e.project !== project) {
        project = e.project;
        lines.push("", multi ? `${s(r.name)}: ${s(project)}` : s(project));
      }
      const age = (at) => at === null ? "" : ` (${describeAge(at, now)})`;
      const behind2 = describeBehind(e);
      lines.push(
        `  ${s(e.package)} ${s(e.current)}${e.currentOnIndex === false ? " (not on the index)" : age(e.currentUploaded)}${e.status === "yanked" ? ` YANKED${e.yankedReason ? `: ${s(e.yankedReason)}` : ""}` : ""}` + (e.latest ? ` -> latest ${s(e.latest)}${age(e.latestUploaded)}` : "") + (behind2 ? `, behind ${behind2}` : "") + (e.libyears !== null && e.libyears > 0 ? `, ${formatYears(e.libyears)} libyears` : "")
      );
      const allowed = describeAllowed(e, (t) => s(t));
      if (allowed) lines.push(`    policy allows: ${allowed}`);
      lines.push(
        `    at ${e.sources.map((x) => s(`${x.file}:${x.line}`)).join(", ")}`
      );
    }
  }
  const spread = report.fleet.filter((p) => p.versions.length > 1);
  if (spread.length > 0) {
    lines.push("", "versions in use:");
    for (const p of spread)
      lines.push(`  ${s(p.package)}: ${describeSpread(p, multi, (t) => s(t))}`);
  }
  lines.push(...renderRolloutPlanText(report));
  const unchecked = groupUnchecked(report);
  if (unchecked.length > 0) lines.push("");
  for (const group of unchecked)
    lines.push(
      `${UNCHECKED_LABELS[group.reason]}: ${group.packages.map(s).join(", ")}`
    );
  lines.push("");
  return neutralizeWorkflowCommands(lines.join("\n"));
}
function describeAge(at, now) {
  const ms = now.getTime() - Date.parse(at);
  if (Number.isNaN(ms)) return "";
  const days = Math.floor(ms / 864e5);
  if (days < 1) return "released today";
  if (days < 60) return `released ${plural2(days, "day")} ago`;
  if (days < 730) return `released ${Math.floor(days / 30)} months ago`;
  return `released ${(days / 365.25).toFixed(1)} years ago`;
}

// src/report/render-drift.ts
var DRIFT_MARKER = "<!-- pin-audit:drift -->";
var LEVELS2 = [
  {
    projects: Number.POSITIVE_INFINITY,
    rowsPerProject: Number.POSITIVE_INFINITY,
    spreadRows: Number.POSITIVE_INFINITY,
    deltaRows: Number.POSITIVE_INFINITY
  },
  { projects: 200, rowsPerProject: 50, spreadRows: 100, deltaRows: 50 },
  { projects: 100, rowsPerProject: 20, spreadRows: 40, deltaRows: 20 },
  { projects: 30, rowsPerProject: 5, spreadRows: 10, deltaRows: 5 },
  { projects: 0, rowsPerProject: 0, spreadRows: 0, deltaRows: 0 }
];
function renderDriftJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}
function renderDriftIssue(report, state, options = {}) {
  const encoded = state.encoded;
  const limit = options.maxLength ?? COMMENT_LIMIT;
  const stateLine = encoded.length <= limit / 2 ? encoded : "<!-- pin-audit:drift-state omitted: too large to embed -->";
  const room = (options.maxLength ?? COMMENT_LIMIT) - DRIFT_MARKER.length - stateLine.length - 4;
  const markdown = renderDriftMarkdown(report, {
    ...options,
    maxLength: room,
    delta: state.delta
  });
  return `${DRIFT_MARKER}
${markdown.trimEnd()}

${stateLine}
`;
}
function renderDriftMarkdown(report, options = {}) {
  return fitToLength(
    options.maxLength,
    LEVELS2,
    (limits) => renderWithLimits(report, options, limits)
  );
}
function renderWithLimits(report, options, limits) {
  const multi = report.repositories.length > 1;
  const out = [
    `### ${renderDriftVerdict(report, options.title)}`,
    "",
    describeChecked(report, multi)
  ];
  if (!multi && report.repositories[0])
    out.push(`Policy: ${escapeMarkdown(report.repositories[0].policy)}.`);
  out.push("");
  let cut = 0;
  if (options.delta) {
    const section = renderDelta(options.delta, limits.deltaRows, multi);
    cut += section.cut;
    out.push(...section.lines);
  }
  const allGroups = groupDrifting(report);
  const groups = allGroups.slice(0, limits.projects);
  cut += allGroups.length - groups.length;
  out.push(...renderProjectTable(groups, multi));
  out.push(...renderRolloutPlanMarkdown(report));
  const spread = report.fleet.filter((p) => p.versions.length > 1);
  if (spread.length > 0) {
    const shown = spread.slice(0, limits.spreadRows);
    cut += spread.length - shown.length;
    out.push(
      `<details open><summary><b>Versions in use</b>: ${plural2(spread.length, "package")} on more than one version</summary>`,
      ""
    );
    if (shown.length > 0) {
      out.push("| Package | In use | Latest |", "|---|---|---|");
      for (const p of shown)
        out.push(
          `| ${codeSpan(p.package)} | ${describeSpread(p, multi, codeSpan)} | ${p.latest ? codeSpan(p.latest) : ""} |`
        );
    }
    out.push("", "</details>", "");
  }
  for (const g of groups) {
    const shown = g.entries.slice(0, limits.rowsPerProject);
    cut += g.entries.length - shown.length;
    const label = multi ? `${g.repository}: ${g.project}` : g.project;
    out.push(
      `<details><summary><b>${escapeHtml(label)}</b>: ${describeGroup2(g.entries)}</summary>`,
      ""
    );
    for (const e of shown) out.push(renderEntryItem(e));
    if (shown.length < g.entries.length)
      out.push(
        "",
        `_${plural2(g.entries.length - shown.length, "more package")} not shown._`
      );
    out.push("", "</details>", "");
  }
  out.push(...renderUnchecked(report));
  if (cut > 0)
    out.push(
      "Some detail was left out to fit; run `pin-audit drift --format markdown` (or see the job summary) for all of it.",
      ""
    );
  return out.join("\n");
}
function describeChecked(report, multi) {
  const { summary } = report;
  const years = describeLibyears(summary);
  return `Checked ${plural2(summary.versions, "pinned or locked version")} in ${plural2(summary.projects, "project")}${multi ? ` of ${countRepositories(summary.repositories)}` : ""} with ${escapeMarkdown(`${report.tool.name} ${report.tool.version}`)}: ${summary.behind} behind, ${summary.yanked} yanked, ${summary.upToDate} up to date, ${summary.unknown} not checked${years ? `; ${years}` : ""}.`;
}
function renderProjectTable(groups, multi) {
  if (groups.length === 0) return [];
  const out = [
    "| Project | Behind | Yanked | By step | Libyears |",
    "|---|---:|---:|---|---:|"
  ];
  for (const g of groups) {
    const sum = (k) => g.entries.reduce((n, e) => n + (e.behind[k] ?? 0), 0);
    const years = g.entries.reduce((n, e) => n + (e.libyears ?? 0), 0);
    const count2 = (status) => g.entries.filter((e) => e.status === status).length;
    const steps = [
      ["major", sum("major")],
      ["minor", sum("minor")],
      ["patch", sum("patch")],
      ["pre/post/dev", sum("other")]
    ].filter(([, n]) => n > 0).map(([label, n]) => `${n} ${label}`);
    const project = multi ? `${codeSpan(g.repository)}: ${codeSpan(g.project)}` : codeSpan(g.project);
    out.push(
      `| ${project} | ${count2("behind")} | ${count2("yanked")} | ${steps.join(" \xB7 ") || "-"} | ${formatYears(years)} |`
    );
  }
  out.push("");
  return out;
}
function renderUnchecked(report) {
  return groupUnchecked(report).flatMap((group) => [
    `${upperFirst(UNCHECKED_LABELS[group.reason])} (${plural2(group.packages.length, "package")}): ${group.packages.slice(0, 30).map(codeSpan).join(", ")}${group.packages.length > 30 ? ", ..." : ""}.`,
    ""
  ]);
}
function renderDriftVerdict(report, title = "pin-audit drift") {
  const { summary } = report;
  const projects = new Set(
    report.repositories.flatMap(
      (r) => r.entries.filter(isDrifting).map((e) => `${r.name}\0${e.project}`)
    )
  ).size;
  if (summary.behind + summary.yanked === 0 && summary.unknown > 0)
    return summary.upToDate === 0 ? `\u26A0\uFE0F ${title}: nothing could be checked (${summary.unknown} not checked)` : `\u26A0\uFE0F ${title}: ${summary.upToDate} on their latest release, ${summary.unknown} not checked`;
  if (summary.behind + summary.yanked === 0)
    return `\u2705 ${title}: every checked pin is on its latest release${summary.unknown > 0 ? ` (${summary.unknown} not checked)` : ""}`;
  const parts = [];
  if (summary.behind > 0)
    parts.push(`${plural2(summary.behind, "version")} behind`);
  if (summary.yanked > 0) parts.push(`${summary.yanked} yanked`);
  return `\u{1F4E6} ${title}: ${parts.join(", ")} in ${plural2(projects, "project")}`;
}
function renderEntryItem(e) {
  const uploaded = e.currentOnIndex === false ? " (not on the index)" : e.currentUploaded ? ` (${formatDay2(e.currentUploaded)})` : "";
  const inUse = `${codeSpan(e.current)}${uploaded}${e.status === "yanked" ? ` **yanked**${e.yankedReason ? `: ${escapeMarkdown(e.yankedReason)}` : ""}` : ""}`;
  const latest2 = e.latest ? `${codeSpan(e.latest)}${e.latestUploaded ? ` (${formatDay2(e.latestUploaded)})` : ""}` : "";
  const where2 = e.sources.map((s) => codeSpan(`${s.file}:${s.line}`)).join(", ");
  const behind2 = describeBehind(e);
  const head = [
    `${codeSpan(e.package)} ${inUse}${latest2 ? ` \u2192 ${latest2}` : ""}`,
    ...behind2 ? [`${behind2} behind`] : [],
    ...e.libyears === null ? [] : [`${formatYears(e.libyears)} libyears`]
  ].join(" \xB7 ");
  const tail = [`policy: ${describeAllowed(e, codeSpan)}`, where2].filter(Boolean).join(" \xB7 ");
  return `- ${head}\\
  ${tail}`;
}
function formatDay2(at) {
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? escapeMarkdown(at) : new Date(ms).toISOString().slice(0, 10);
}
function groupDrifting(report) {
  const groups = [];
  for (const r of report.repositories) {
    const byProject = /* @__PURE__ */ new Map();
    for (const e of r.entries)
      if (isDrifting(e))
        byProject.set(e.project, [...byProject.get(e.project) ?? [], e]);
    for (const [project, entries] of byProject)
      groups.push({ repository: r.name, project, entries });
  }
  return groups;
}
function describeGroup2(entries) {
  const behind2 = entries.filter((e) => e.status === "behind").length;
  const yanked = entries.filter((e) => e.status === "yanked").length;
  return [
    behind2 > 0 ? `${behind2} behind` : "",
    yanked > 0 ? `${yanked} yanked` : ""
  ].filter(Boolean).join(", ");
}
function upperFirst(text3) {
  return `${text3.charAt(0).toUpperCase()}${text3.slice(1)}`;
}

// src/cli/write-output.ts
import { open as open3 } from "node:fs/promises";
async function openOutput(file2) {
  if (file2 === void 0 || file2 === "") return null;
  let handle;
  try {
    handle = await open3(file2, "w");
  } catch (error2) {
    throw cannotWrite(file2, error2);
  }
  return { file: file2, handle };
}
async function withOutput(file2, work) {
  const output2 = await openOutput(file2);
  try {
    return await work(output2);
  } finally {
    await output2?.handle.close();
  }
}
async function writeOutput(output2, text3) {
  try {
    await output2.handle.write(text3);
  } catch (error2) {
    throw cannotWrite(output2.file, error2);
  }
}
var FS_REASONS = {
  ENOENT: "no such directory",
  EISDIR: "is a directory",
  ENOTDIR: "a parent is not a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOSPC: "no space left on the device"
};
function cannotWrite(file2, error2) {
  const code = error2?.code;
  const reason = (typeof code === "string" ? FS_REASONS[code] : void 0) ?? (error2 instanceof Error ? error2.message : String(error2));
  return new ConfigurationError(`cannot write ${file2}: ${reason}`);
}
var WRITE_CHUNK = 1 << 20;
async function writeMasked(chunks, secrets, output2, stdout) {
  const whole = secrets.some((secret) => secret.includes("\n"));
  const emit = async (text3) => {
    const masked = maskSecrets(text3, secrets);
    if (output2) await writeOutput(output2, masked);
    else await stdout(masked);
  };
  let pending = "";
  for (const chunk of chunks) {
    pending += chunk;
    if (whole || pending.length < WRITE_CHUNK) continue;
    const cut = pending.lastIndexOf("\n") + 1;
    if (cut === 0) continue;
    await emit(pending.slice(0, cut));
    pending = pending.slice(cut);
  }
  if (pending.length > 0) await emit(pending);
}

// src/cli/run-drift.ts
var DRIFT_OPTIONS = {
  ...AUDIT_OPTIONS,
  name: { type: "string" },
  previous: { type: "string" },
  "fail-on-drift": { type: "boolean", default: false }
};
var MERGE_OPTIONS = {
  format: AUDIT_OPTIONS.format,
  output: AUDIT_OPTIONS.output,
  help: AUDIT_OPTIONS.help,
  previous: DRIFT_OPTIONS.previous,
  "fail-on-drift": DRIFT_OPTIONS["fail-on-drift"]
};
async function runDriftCommand(command, argv, io) {
  const usage = command === "drift" ? DRIFT_USAGE : MERGE_USAGE;
  const { values, positionals } = parseCommandLine(
    argv,
    command === "drift" ? DRIFT_OPTIONS : MERGE_OPTIONS,
    usage
  );
  if (values.help) {
    await io.stdout(USAGE);
    return 0;
  }
  const format = readChoice("format", String(values.format), FORMATS, usage);
  const now = /* @__PURE__ */ new Date();
  const report = command === "drift" ? await driftOf(positionals, values, io, now) : await mergeOf(positionals, now);
  return withOutput(values.output, async (output2) => {
    await writeDrift(report, format, values, output2, io, now);
    return values["fail-on-drift"] && failsOnDrift(report) ? 1 : 0;
  });
}
async function driftOf(positionals, values, io, now) {
  const prepared = await prepareAudit(positionals, values, io, DRIFT_USAGE);
  const name2 = values.name ?? positionals[0] ?? ".";
  return (await driftRepository({ ...prepared.options, name: name2, now })).drift;
}
async function mergeOf(positionals, now) {
  if (positionals.length === 0)
    throw new UsageError("merge needs at least one JSON report", MERGE_USAGE);
  const inputs = [];
  for (const file2 of positionals) {
    let text3;
    try {
      text3 = await readFile4(file2, "utf8");
    } catch (error2) {
      throw new ConfigurationError(
        `cannot read: ${error2 instanceof Error ? error2.message : String(error2)}`,
        file2
      );
    }
    inputs.push({ file: file2, text: text3 });
  }
  return mergeReports(inputs, now);
}
async function writeDrift(report, format, values, output2, io, now) {
  let text3;
  if (format === "json") text3 = renderDriftJson(report);
  else if (format === "text") text3 = renderDriftText(report, { now });
  else if (values.previous !== void 0) {
    const previous = await readFile4(String(values.previous), "utf8").catch(
      () => null
    );
    const state = advanceState(readState(previous), snapshotDrift(report), now);
    text3 = renderDriftIssue(report, issueState(state));
  } else text3 = renderDriftMarkdown(report);
  text3 = maskSecrets(
    text3,
    listIndexSecrets({
      indexUrl: values["index-url"],
      env: io.env
    })
  );
  if (output2) await writeOutput(output2, text3);
  else await io.stdout(text3);
}
function failsOnDrift(report) {
  return report.repositories.some(
    (r) => r.entries.some((e) => isDrifting(e) || isUnchecked(e))
  );
}
function isUnchecked(entry) {
  return entry.status === "unknown" && !(entry.note ?? "").startsWith("not on the index");
}

// src/report/compare-reports.ts
function findingIdentity(f) {
  if (f.key !== void 0) return `key\0${f.key}`;
  return [
    f.rule,
    f.project ?? "",
    f.package ?? "",
    f.file ?? "",
    withoutLineNumbers(f.message)
  ].join("\0");
}
function withoutLineNumbers(message) {
  return message.replace(/(\.(?:txt|in|toml|lock|cfg)):\d+(?::\d+)?/gi, "$1:N").replace(/\b(lines?) \d+(?:(?:, | and | to |-)\d+)*/gi, "$1 N");
}
function compareReports(base, head) {
  if (base === null) {
    return {
      statuses: head.map(() => "new"),
      newCount: head.length,
      existingCount: 0,
      fixed: [],
      compared: false
    };
  }
  const remaining = /* @__PURE__ */ new Map();
  for (const f of base) {
    const id = findingIdentity(f);
    remaining.set(id, [...remaining.get(id) ?? [], f]);
  }
  const statuses = head.map((f) => {
    const left = remaining.get(findingIdentity(f));
    if (left && left.length > 0) {
      left.shift();
      return "existing";
    }
    return "new";
  });
  const newCount = statuses.filter((s) => s === "new").length;
  return {
    statuses,
    newCount,
    existingCount: head.length - newCount,
    fixed: [...remaining.values()].flat(),
    compared: true
  };
}

// src/rollout/check-soak.ts
async function checkSoak(input2) {
  const { rollout, rules } = input2.policy;
  if (rollout.canary.length === 0 || rules.soak === "off") return [];
  const severity = rules.soak;
  const findings = [];
  for (const move of listRolloutMoves(rollout.canary, input2.base, input2.head)) {
    const answers = [];
    for (const canary of move.canaries)
      answers.push({
        canary,
        adoption: await input2.adoption(
          canary,
          listCanaryPaths(canary),
          move.package,
          move.version
        )
      });
    const finding = judgeMove(move, answers, input2, severity);
    if (finding !== null) findings.push(finding);
  }
  return findings;
}
function judgeMove(move, answers, input2, severity) {
  const soak = input2.policy.rollout.soak;
  const since = answers.flatMap(
    (a) => a.adoption.kind === "since" ? [{ ...a, adoption: a.adoption }] : []
  ).sort((a, b) => a.adoption.date.getTime() - b.adoption.date.getTime());
  const earliest2 = since[0];
  if (earliest2 !== void 0 && earliest2.adoption.date.getTime() + soak <= input2.now.getTime())
    return null;
  const base = {
    rule: "soak",
    project: move.project,
    package: move.package,
    file: move.file,
    line: move.line,
    key: `soak\0${move.project}\0${move.package}\0${move.version}`
  };
  const what = `\`${move.package}\` moves to ${move.version} in ${move.project}`;
  const setting = `[rollout] soak = ${JSON.stringify(input2.policy.rollout.soakText)}`;
  if (earliest2 !== void 0) {
    const { canary: canary2, adoption } = earliest2;
    const ends = new Date(adoption.date.getTime() + soak);
    return {
      ...base,
      severity,
      message: `${what}, but the canary ${canary2.path} has run it only since ${formatDate(adoption.date)} (commit ${adoption.commit.slice(0, 7)} on ${input2.baseName}): the soak (${setting}) ends ${formatDate(ends)}. Move the other projects after that.`
    };
  }
  const unknown2 = answers.find((a) => a.adoption.kind === "unknown");
  if (unknown2 !== void 0 && unknown2.adoption.kind === "unknown")
    return {
      ...base,
      severity: "notice",
      message: `${what}; pin-audit could not tell since when the canary ${unknown2.canary.path} runs it on ${input2.baseName} (${unknown2.adoption.reason}), so the soak (${setting}) was not checked.`
    };
  const canary = answers[0]?.canary;
  const runs = canary === void 0 ? [] : listRunVersions(canary, move.package).map((s) => s.version);
  return {
    ...base,
    severity,
    message: `${what}, but the canary ${canary?.path ?? "(none)"} does not run ${move.version} on ${input2.baseName}${runs.length > 0 ? ` (it runs ${[...new Set(runs)].join(", ")})` : ""}: move the canary first and let it soak (${setting}).`
  };
}
function formatDate(date5) {
  return `${date5.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

// src/compare/add-soak-findings.ts
async function addSoakFindings(head, base, context) {
  const { policy } = await loadPolicy(context.root, context.policyPath);
  if (policy.rollout.canary.length === 0 || policy.rules.soak === "off")
    return head;
  const commit = context.baseCommit ?? await resolveCommit(context.checkout.repoDir, context.baseRef).then((r) => r.commit).catch(() => null);
  const history = commit === null ? null : new CanaryHistory({
    checkout: context.checkout,
    commit,
    horizon: new Date(context.now.getTime() - policy.rollout.soak)
  });
  const checked = await checkSoak({
    policy,
    base: base.projects,
    head: head.projects,
    // A commit id is shortened the way git shows it; a branch name is kept.
    baseName: /^[0-9a-f]{40,64}$/.test(context.baseRef) ? context.baseRef.slice(0, 12) : context.baseRef,
    now: context.now,
    adoption: async (canary, paths, name2, version3) => history === null ? {
      kind: "unknown",
      reason: "the base commit is not in the git checkout"
    } : history.adoption(canary, paths, name2, version3)
  });
  const soak = waiveSoakFindings(checked, policy, context.now);
  if (soak.length === 0) return head;
  return {
    ...head,
    ...buildReport(
      head.root,
      head.policy,
      head.projects,
      [...head.findings, ...soak].sort(compareFindings),
      head.summary.files
    )
  };
}

// src/compare/audit-base.ts
import { mkdtemp as mkdtemp2, rm as rm2 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join12, resolve as resolve4 } from "node:path";
function headPolicyPath(root, head, explicit) {
  if (explicit !== void 0) return explicit;
  return head.policy.file === null ? void 0 : resolve4(root, head.policy.file);
}
async function auditBaseRef(options, ref, policyPath) {
  const checkout = await findCheckout(options.root);
  let commit;
  try {
    commit = (await resolveCommit(checkout.repoDir, ref)).commit;
  } catch (error2) {
    throw new ConfigurationError(
      `--base-ref ${ref}: ${error2 instanceof Error ? error2.message : String(error2)}`
    );
  }
  const dest = await mkdtemp2(join12(tmpdir2(), "pin-audit-base-"));
  try {
    await materializeFromGit(checkout.repoDir, commit, checkout.prefix, dest);
    const report = await auditRepository({
      ...options,
      root: dest,
      ...policyPath === void 0 ? {} : { policyPath }
    });
    return { report: { ...report, root: options.root }, commit, checkout };
  } finally {
    await rm2(dest, { recursive: true, force: true });
  }
}

// src/compare/compare-with-base.ts
async function compareWithBase(options, head, baseRef, now) {
  const policyPath = headPolicyPath(options.root, head, options.policyPath);
  const base = await auditBaseRef(options, baseRef, policyPath);
  const report = await addSoakFindings(head, base.report, {
    root: options.root,
    policyPath,
    checkout: base.checkout,
    baseRef,
    baseCommit: base.commit,
    now
  });
  return {
    report,
    baseRef,
    baseCommit: base.commit,
    comparison: compareReports(base.report.findings, report.findings),
    upgrades: diffUpgrades(base.report.projects, report.projects, {
      ...options.indexUrl && { indexUrl: options.indexUrl },
      ...report.packageLinks && { links: report.packageLinks }
    })
  };
}

// src/report/render-json.ts
function toJsonReport(report) {
  return {
    schemaVersion: report.schemaVersion,
    tool: { name: report.tool.name, version: report.tool.version },
    root: report.root,
    ...report.scope === void 0 ? {} : { scope: report.scope },
    policy: {
      source: report.policy.source,
      file: report.policy.file,
      presets: report.policy.presets,
      description: report.policy.description
    },
    projects: report.projects.map(toJsonProject),
    findings: report.findings.map(toJsonFinding),
    ...report.checks === void 0 ? {} : { checks: toJsonChecks(report) },
    summary: { ...report.summary }
  };
}
function toJsonChecks(report) {
  return (report.checks ?? []).map((c) => ({
    rule: c.rule,
    status: c.status,
    reason: c.reason
  }));
}
function toJsonProject(p) {
  return {
    path: p.path,
    workspace: p.workspace,
    requiresPython: p.requiresPython,
    files: p.files.map((f) => ({ path: f.path, kind: f.kind })),
    requirements: p.requirements.map((r) => ({
      name: r.name,
      specifier: r.specifier,
      extras: r.extras,
      marker: r.marker,
      url: r.url,
      editable: r.editable,
      hashes: r.hashes,
      group: r.group,
      file: r.file,
      line: r.line
    })),
    locked: p.locked.map((l) => ({
      name: l.name,
      version: l.version,
      source: l.source,
      marker: l.marker,
      file: l.file,
      line: l.line
    }))
  };
}
function toJsonFinding(f) {
  return {
    rule: f.rule,
    severity: f.severity,
    project: f.project,
    package: f.package,
    file: f.file,
    line: f.line,
    message: f.message,
    ...f.counterexample !== void 0 ? { counterexample: f.counterexample } : {},
    ...f.suggestion !== void 0 ? { suggestion: f.suggestion } : {},
    ...f.also !== void 0 && f.also.length > 0 ? { also: f.also } : {}
  };
}
function renderJson(report) {
  return `${JSON.stringify(toJsonReport(report), null, 2)}
`;
}
function* renderJsonChunks(report) {
  const head = JSON.stringify(
    {
      schemaVersion: report.schemaVersion,
      tool: { name: report.tool.name, version: report.tool.version },
      root: report.root,
      ...report.scope === void 0 ? {} : { scope: report.scope },
      policy: {
        source: report.policy.source,
        file: report.policy.file,
        presets: report.policy.presets,
        description: report.policy.description
      }
    },
    null,
    2
  );
  yield `${head.slice(0, -2)},
`;
  yield* renderArrayChunks("projects", report.projects, toJsonProject);
  yield ",\n";
  yield* renderArrayChunks("findings", report.findings, toJsonFinding);
  if (report.checks !== void 0)
    yield `,
  "checks": ${indentJson(JSON.stringify(toJsonChecks(report), null, 2), "  ")}`;
  yield `,
  "summary": ${indentJson(JSON.stringify({ ...report.summary }, null, 2), "  ")}
}
`;
}
function* renderArrayChunks(key, items, toJson) {
  if (items.length === 0) {
    yield `  "${key}": []`;
    return;
  }
  yield `  "${key}": [`;
  for (let i = 0; i < items.length; i++)
    yield `${i === 0 ? "" : ","}
    ${stringifyNested(toJson(items[i]))}`;
  yield "\n  ]";
}
function stringifyNested(value) {
  const wrapped = JSON.stringify([[value]], null, 2);
  return wrapped.slice("[\n  [\n    ".length, -"\n  ]\n]".length);
}
function indentJson(json2, indent2) {
  return json2.replaceAll("\n", `
${indent2}`);
}

// src/compare/render-comparison.ts
function renderComparisonJson(compared) {
  const { comparison } = compared;
  return `${JSON.stringify(
    {
      ...toJsonReport(compared.report),
      comparison: {
        baseRef: compared.baseRef,
        baseCommit: compared.baseCommit,
        statuses: comparison.statuses,
        newFindings: comparison.newCount,
        existingFindings: comparison.existingCount,
        fixedFindings: comparison.fixed.length,
        upgrades: compared.upgrades
      }
    },
    null,
    2
  )}
`;
}
function renderComparisonMarkdown(compared) {
  return renderMarkdown(compared.report, {
    statuses: compared.comparison.statuses,
    fixedCount: compared.comparison.fixed.length,
    upgrades: compared.upgrades
  });
}
function renderComparisonText(compared) {
  const s = stripControls;
  const { comparison, report } = compared;
  const lines = [
    "",
    `Compared with ${s(compared.baseRef)} (${compared.baseCommit.slice(0, 12)}): ${comparison.newCount} new, ${comparison.existingCount} existing, ${comparison.fixed.length} fixed.`
  ];
  const news = report.findings.filter(
    (_, i) => comparison.statuses[i] === "new"
  );
  if (news.length > 0) {
    lines.push("New findings:");
    for (const f of news)
      lines.push(
        `  ${f.severity.padEnd(7)} [${s(f.rule)}] ${s(f.file ?? "")}${f.line === null ? "" : `:${f.line}`}`,
        `          ${s(f.message.split("\n")[0] ?? "")}`
      );
  }
  if (compared.upgrades.length > 0) {
    lines.push("Dependency changes:");
    for (const u of compared.upgrades)
      lines.push(
        `  ${s(u.project)}: ${s(u.package)} ${s(u.from ?? "-")} -> ${s(u.to ?? "-")} (${u.change}, ${u.kind} in ${s(u.file)})`
      );
  }
  return `${lines.join("\n")}
`;
}
function renderCompared(compared, format, text3) {
  if (format === "json") return renderComparisonJson(compared);
  if (format === "markdown") return renderComparisonMarkdown(compared);
  return renderText(compared.report, text3) + renderComparisonText(compared);
}

// src/fix/run-fix.ts
import { stat as stat3 } from "node:fs/promises";
import { resolve as resolve5 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

// src/fix/fix-repository.ts
import { readFile as readFile5, realpath as realpath4, writeFile as writeFile4 } from "node:fs/promises";
import { join as join13, relative as relative5, sep as sep4 } from "node:path";

// src/fix/compile-command.ts
function findCompileCommand(text3) {
  const lines = text3.split(/\r\n|\n|\r/, 20);
  for (const [i, line] of lines.entries()) {
    if (!/^#.*following command:\s*$/i.test(line)) continue;
    for (const next of lines.slice(i + 1)) {
      if (!next.startsWith("#")) return null;
      const command = next.slice(1).trim();
      if (command !== "") return command;
    }
  }
  return null;
}

// src/fix/locate-specifier.ts
var SPACE_CHARS = "\\t \\v\\f\\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000\\ufeff";
var SPACE = new RegExp(`[${SPACE_CHARS}]`);
var NAME_AND_EXTRAS = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)([\t ]*\[[^\]\n]*\])?/;
function locatePep508Specifier(text3, from, name2) {
  let start = from;
  while (start < text3.length && SPACE.test(text3[start])) start++;
  const head = NAME_AND_EXTRAS.exec(text3.slice(start));
  if (head === null || normalizeName(head[1]) !== name2)
    return { ok: false, reason: `the line does not start with \`${name2}\`` };
  const afterHead = start + head[0].length;
  let end = afterHead;
  for (; end < text3.length; end++) {
    const ch = text3[end];
    const spaced = end > afterHead && SPACE.test(text3[end - 1]);
    if (ch === ";" || ch === "\\") break;
    if ((ch === "#" || ch === "-") && spaced) break;
  }
  let specifierStart = afterHead;
  while (specifierStart < end && SPACE.test(text3[specifierStart]))
    specifierStart++;
  while (end > specifierStart && SPACE.test(text3[end - 1])) end--;
  const written = text3.slice(specifierStart, end);
  if (written.startsWith("@"))
    return { ok: false, reason: "the requirement is a direct reference" };
  if (written.includes("$"))
    return {
      ok: false,
      reason: "the specifier uses an environment variable"
    };
  if (written === "")
    return { ok: true, span: { start: afterHead, end: afterHead } };
  return { ok: true, span: { start: specifierStart, end } };
}
function locateInRequirementsLine(line, target) {
  return locatePep508Specifier(line, 0, target.name);
}
function listTomlStrings(line) {
  const strings = [];
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "#") break;
    if (ch !== '"' && ch !== "'") continue;
    if (line.startsWith(ch.repeat(3), i)) return null;
    const close = line.indexOf(ch, i + 1);
    if (close < 0) return null;
    if (ch === '"' && line.slice(i + 1, close).includes("\\")) return null;
    strings.push({ start: i + 1, end: close });
    i = close;
  }
  return strings;
}
function locateInPep508TomlLine(line, target) {
  const strings = listTomlStrings(line);
  if (strings === null)
    return {
      ok: false,
      reason: "the line has a multi-line or escaped string"
    };
  const matches2 = strings.filter((s) => {
    const parsed = parsePep508(line.slice(s.start, s.end));
    return parsed.ok && normalizeName(parsed.value.name) === target.name && parsed.value.marker === target.marker;
  });
  const only = matches2[0];
  if (only === void 0 || matches2.length > 1)
    return {
      ok: false,
      reason: matches2.length > 1 ? `the line has ${matches2.length} requirements on \`${target.name}\`` : `no requirement on \`${target.name}\` with the same marker on the line`
    };
  const located = locatePep508Specifier(
    line.slice(0, only.end),
    only.start,
    target.name
  );
  return located;
}
function locateInPoetryLine(line, target) {
  const key = /^\s*(["']?)([A-Za-z0-9._-]+)\1\s*=\s*/.exec(line);
  if (key === null || normalizeName(key[2]) !== target.name)
    return {
      ok: false,
      reason: `the line does not declare \`${target.name}\``
    };
  const strings = listTomlStrings(line);
  if (strings === null)
    return {
      ok: false,
      reason: "the line has a multi-line or escaped string"
    };
  const rest = line.slice(key[0].length);
  if (rest.startsWith('"') || rest.startsWith("'")) {
    const first = strings.find((s) => s.start === key[0].length + 1);
    return first === void 0 ? { ok: false, reason: "unreadable version string" } : { ok: true, span: { start: first.start, end: first.end } };
  }
  if (!rest.startsWith("{"))
    return {
      ok: false,
      reason: "the dependency is not a version string or an inline table"
    };
  const versions = [...line.matchAll(/\bversion\s*=\s*["']/g)];
  const match = versions[0];
  if (match === void 0 || versions.length > 1)
    return {
      ok: false,
      reason: versions.length > 1 ? "the line has several version constraints" : "the inline table has no `version`"
    };
  const quote = (match.index ?? 0) + match[0].length;
  const string4 = strings.find((s) => s.start === quote);
  return string4 === void 0 ? { ok: false, reason: "unreadable version string" } : { ok: true, span: { start: string4.start, end: string4.end } };
}

// src/fix/fix-file.ts
var PYTHON_BREAKS = /(\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029])/;
var TOML_BREAKS = /(\r\n|\n)/;
function splitPhysicalLines(text3, kind) {
  const parts = text3.split(
    kind === "requirements" ? PYTHON_BREAKS : TOML_BREAKS
  );
  const lines = [];
  for (let i = 0; i < parts.length; i += 2)
    lines.push({ content: parts[i], ending: parts[i + 1] ?? "" });
  if (lines.length > 1 && lines.at(-1)?.content === "") lines.pop();
  return lines;
}
function joinPhysicalLines(lines) {
  return lines.map((l) => l.content + l.ending).join("");
}
function fixFileText(text3, path, kind, edits) {
  let current = text3;
  const applied = [];
  const refused = [];
  for (const edit of edits) {
    const lines = splitPhysicalLines(current, kind);
    const physical = lines[edit.line - 1];
    if (physical === void 0) {
      refused.push({ edit, reason: `the file has no line ${edit.line}` });
      continue;
    }
    const located = locate(physical.content, kind, edit);
    if (!located.ok) {
      refused.push({ edit, reason: located.reason });
      continue;
    }
    const { start, end } = located.span;
    const content = physical.content.slice(0, start) + edit.specifier + physical.content.slice(end);
    const next = joinPhysicalLines(
      lines.map((l, i) => i === edit.line - 1 ? { ...l, content } : l)
    );
    const problem = proveEdit(current, next, path, kind, edit);
    if (problem !== null) {
      refused.push({ edit, reason: problem });
      continue;
    }
    current = next;
    applied.push(edit);
  }
  return { text: current, applied, refused };
}
function locate(content, kind, edit) {
  if (kind === "requirements")
    return locateInRequirementsLine(content, edit.target);
  return edit.syntax === "poetry" ? locateInPoetryLine(content, edit.target) : locateInPep508TomlLine(content, edit.target);
}
function readRequirements(text3, path, kind) {
  const parsed = kind === "requirements" ? parseRequirementsTxt(text3, path) : parsePyproject(text3, path);
  return {
    requirements: parsed.value.requirements,
    problems: parsed.diagnostics.filter((d) => d.severity !== "notice").length
  };
}
function proveEdit(before, after, path, kind, edit) {
  const old = readRequirements(before, path, kind);
  const now = readRequirements(after, path, kind);
  if (now.problems > old.problems)
    return "the edited line would no longer parse";
  if (now.requirements.length !== old.requirements.length)
    return "the edit would change how many requirements the file declares";
  let edited = 0;
  for (const [i, was] of old.requirements.entries()) {
    const is = now.requirements[i];
    const target = was.line === edit.line && was.name === edit.target.name;
    if (!target) {
      if (JSON.stringify(was) !== JSON.stringify(is))
        return "the edit would change another requirement";
      continue;
    }
    edited++;
    const { specifier: _was, ...wasRest } = was;
    const { specifier: _is, ...isRest } = is;
    if (JSON.stringify(wasRest) !== JSON.stringify(isRest))
      return "the edit would change more than the version specifier";
    const same = edit.syntax === "poetry" ? sameSpecifier(is.specifier, edit.specifier) : is.specifier === edit.specifier;
    if (!same)
      return `the line would read \`${is.specifier}\`, not \`${edit.specifier}\``;
  }
  return edited === 0 ? "no requirement on this line to edit" : null;
}
function sameSpecifier(a, b) {
  const left = parseSpecifierSet(a);
  const right = parseSpecifierSet(b);
  if (!left.ok || !right.ok) return a === b;
  try {
    return subset(left.value.set, right.value.set).ok && subset(right.value.set, left.value.set).ok;
  } catch {
    return a === b;
  }
}

// src/fix/plan-fixes.ts
var import_picomatch11 = __toESM(require_picomatch2(), 1);
function editKey(file2, line, name2) {
  return `${file2}\0${line}\0${name2}`;
}
function planFixes(report, filters) {
  const inScope = report.findings.filter((f) => inFilters(f, filters));
  const requirements = indexRequirements(report.projects);
  const files = /* @__PURE__ */ new Map();
  const answers = /* @__PURE__ */ new Map();
  const unfixable = [];
  for (const finding of inScope) {
    if (finding.suggestion === void 0) continue;
    const planned = planEdit(finding, requirements);
    if ("reason" in planned) {
      unfixable.push(planned);
      continue;
    }
    const { requirement, kind, edit } = planned;
    const key = editKey(requirement.file, edit.line, edit.target.name);
    const earlier = answers.get(key);
    if (earlier !== void 0) {
      const same = earlier[0]?.suggestion === finding.suggestion;
      if (same) earlier.push(finding);
      else
        unfixable.push({
          finding,
          reason: `another finding on this line suggests \`${earlier[0]?.suggestion}\``
        });
      continue;
    }
    answers.set(key, [finding]);
    const file2 = files.get(requirement.file) ?? {
      file: requirement.file,
      kind,
      edits: []
    };
    file2.edits.push(edit);
    files.set(requirement.file, file2);
  }
  return {
    files: [...files.values()].sort(
      (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0
    ),
    unfixable,
    answers,
    inScope
  };
}
function inProjects(project, globs) {
  return globs.length === 0 || globs.some((glob) => (0, import_picomatch11.default)(glob, { dot: true })(project));
}
function inFilters(finding, filters) {
  if (filters.projects.length > 0) {
    if (finding.project === null) return false;
    if (!inProjects(finding.project, filters.projects)) return false;
  }
  if (filters.packages.length > 0) {
    const wanted = new Set(filters.packages.map(normalizeName));
    if (finding.package === null || !wanted.has(finding.package)) return false;
  }
  return true;
}
function indexRequirements(projects) {
  const byLine = /* @__PURE__ */ new Map();
  for (const project of projects)
    for (const r of project.requirements)
      byLine.set(editKey(r.file, r.line, r.name), r);
  return byLine;
}
function planEdit(finding, requirements) {
  const requirement = finding.file !== null && finding.line !== null && finding.package !== null ? requirements.get(editKey(finding.file, finding.line, finding.package)) : void 0;
  if (requirement === void 0)
    return { finding, reason: "the finding is not on a requirement line" };
  const kind = editableKind(requirement);
  if (kind === null)
    return {
      finding,
      reason: "pin-audit edits only pyproject.toml and requirements files"
    };
  const suggested = parsePep508(finding.suggestion ?? "");
  if (!suggested.ok || normalizeName(suggested.value.name) !== requirement.name)
    return { finding, reason: "the suggestion does not parse" };
  const specifier = suggested.value.specifier;
  if (requirement.hashes > 0 && !sameExactPin(requirement.specifier, specifier))
    return {
      finding,
      hashed: true,
      reason: "the requirement is hashed: its hashes would be wrong for the new version"
    };
  return {
    requirement,
    kind,
    edit: {
      line: requirement.line,
      target: { name: requirement.name, marker: suggested.value.marker },
      syntax: requirement.group.startsWith("poetry") ? "poetry" : "pep508",
      specifier
    }
  };
}
function editableKind(requirement) {
  if (requirement.group === "requirements" || requirement.group === "constraints-file")
    return "requirements";
  return requirement.file === "pyproject.toml" || requirement.file.endsWith("/pyproject.toml") ? "pyproject" : null;
}
function sameExactPin(a, b) {
  const pin = (s) => /^===?([^,*<>=!~]+)$/.exec(s)?.[1];
  return pin(a) !== void 0 && pin(a) === pin(b);
}

// src/fix/plan-moves.ts
function planMoves(report, name2, version3) {
  const target = normalizeName(name2);
  const findings = [];
  const relock = [];
  const parsed = parseVersion(version3);
  const seen = /* @__PURE__ */ new Set();
  for (const project of report.projects) {
    for (const r of project.requirements) {
      if (r.name !== target || r.url !== null || r.group === "build") continue;
      if (ownerOf(r.file, report.projects) !== project.path) continue;
      if (seen.has(`${r.file}\0${r.line}`)) continue;
      seen.add(`${r.file}\0${r.line}`);
      const pinned = exactPin(r);
      const base = {
        rule: "rollout",
        severity: "error",
        project: project.path,
        package: target,
        file: r.file,
        line: r.line
      };
      if (pinned !== null) {
        if (!sameVersion2(pinned, version3))
          findings.push({
            ...base,
            message: `move \`${target}\` from ${pinned} to ${version3}`,
            suggestion: formatRequirement(r, `==${version3}`)
          });
        continue;
      }
      const set2 = parseSpecifierSet(r.specifier);
      const admits2 = set2.ok && parsed !== null && safeContains(set2.value, parsed);
      if (!admits2)
        findings.push({
          ...base,
          message: `\`${target}${r.specifier}\` does not admit ${version3}: widen it by hand`
        });
    }
    const locked = project.locked.some((l) => l.name === target);
    if (locked && listRunVersions(project, target).some(
      (s) => !sameVersion2(s.version, version3)
    ))
      relock.push(project);
  }
  return { findings, relock };
}
function ownerOf(file2, projects) {
  let best = null;
  for (const { path } of projects) {
    const holds = path === "." || file2.startsWith(`${path}/`);
    if (holds && (best === null || path.length > best.length || best === "."))
      best = path;
  }
  return best;
}
function safeContains(set2, version3) {
  try {
    return contains(set2, version3, { prereleases: true });
  } catch {
    return false;
  }
}

// src/fix/unified-diff.ts
var CONTEXT = 3;
function renderUnifiedDiff(file2, before, after) {
  const changed = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++)
    if (before[i] !== after[i]) changed.push(i);
  if (changed.length === 0) return "";
  const name2 = stripControls(file2);
  let out = `--- a/${name2}
+++ b/${name2}
`;
  for (const hunk of groupHunks(changed, before.length)) {
    const count2 = hunk.end - hunk.start;
    out += `@@ -${hunk.start + 1},${count2} +${hunk.start + 1},${count2} @@
`;
    for (let i = hunk.start; i < hunk.end; i++) {
      const old = stripControls(before[i] ?? "");
      if (before[i] === after[i]) out += ` ${old}
`;
      else out += `-${old}
+${stripControls(after[i] ?? "")}
`;
    }
  }
  return out;
}
function groupHunks(changed, length) {
  const hunks = [];
  for (const line of changed) {
    const start = Math.max(0, line - CONTEXT);
    const end = Math.min(length, line + CONTEXT + 1);
    const last = hunks.at(-1);
    if (last !== void 0 && start <= last.end) last.end = end;
    else hunks.push({ start, end });
  }
  return hunks;
}

// src/fix/fix-repository.ts
async function fixRepository(options, filters, write, move = null) {
  const audited = await auditRepository(options);
  const moves = move === null ? null : planMoves(audited, move.name, move.version);
  const report = moves === null ? audited : { ...audited, findings: moves.findings };
  const plan = planFixes(report, filters);
  const result = {
    diff: "",
    fixed: [],
    notFixed: [],
    lockCommands: [],
    compiled: [],
    withoutSuggestion: plan.inScope.filter(
      (f) => f.severity === "error" && f.suggestion === void 0
    ),
    changedFiles: [],
    edited: /* @__PURE__ */ new Map()
  };
  const rootReal = await realpath4(options.root);
  await explainUnfixable(rootReal, plan, result);
  result.edited = await applyPlan(rootReal, plan, result);
  result.lockCommands = listLockCommands(report, result.changedFiles);
  if (moves !== null && move !== null)
    result.lockCommands = mergeUpgradeCommands(
      result.lockCommands,
      moves.relock.filter((p) => inProjects(p.path, filters.projects)).flatMap((p) => {
        const command = upgradeCommandOf(p, report.projects, move);
        return command === null ? [] : [command];
      })
    );
  if (write)
    for (const [file2, { text: text3 }] of result.edited)
      await writeFile4(join13(rootReal, file2), text3, "utf8");
  return result;
}
async function explainUnfixable(rootReal, plan, result) {
  for (const unfixable of plan.unfixable) {
    const file2 = unfixable.finding.file;
    const text3 = unfixable.hashed && file2 !== null ? await readEditable(rootReal, file2).catch(() => null) : null;
    const command = text3 === null ? null : findCompileCommand(text3);
    result.notFixed.push({
      finding: unfixable.finding,
      reason: unfixable.reason,
      ...command === null ? {} : { command }
    });
  }
}
async function applyPlan(rootReal, plan, result) {
  const texts = /* @__PURE__ */ new Map();
  for (const planned of plan.files) {
    let text3;
    try {
      text3 = await readEditable(rootReal, planned.file);
    } catch (error2) {
      const reason = error2 instanceof Error ? error2.message : String(error2);
      for (const edit of planned.edits)
        for (const finding of findingsOf(plan.answers, planned.file, edit))
          result.notFixed.push({ finding, reason });
      continue;
    }
    const fixed = fixFileText(text3, planned.file, planned.kind, planned.edits);
    for (const edit of fixed.applied)
      result.fixed.push(...findingsOf(plan.answers, planned.file, edit));
    for (const { edit, reason } of fixed.refused)
      for (const finding of findingsOf(plan.answers, planned.file, edit))
        result.notFixed.push({ finding, reason });
    if (fixed.applied.length === 0) continue;
    const diff = renderUnifiedDiff(
      planned.file,
      splitPhysicalLines(text3, planned.kind).map((l) => l.content),
      splitPhysicalLines(fixed.text, planned.kind).map((l) => l.content)
    );
    texts.set(planned.file, { text: fixed.text, diff });
    result.changedFiles.push(planned.file);
    result.diff += diff;
    const command = planned.kind === "requirements" ? findCompileCommand(text3) : null;
    if (command !== null) result.compiled.push({ file: planned.file, command });
  }
  return texts;
}
function mergeUpgradeCommands(commands, upgrades) {
  return [.../* @__PURE__ */ new Set([...commands, ...upgrades])].filter(
    (c, _, all) => !/ (uv lock|poetry lock)$/.test(c) || !all.some((o) => o !== c && o.startsWith(c))
  ).sort();
}
function findingsOf(answers, file2, edit) {
  return answers.get(editKey(file2, edit.line, edit.target.name)) ?? [];
}
async function readEditable(rootReal, file2) {
  const real = await realpath4(join13(rootReal, file2));
  const inside = relative5(rootReal, real);
  if (inside.startsWith(`..${sep4}`) || inside === ".." || inside === "")
    throw new Error("the file is outside the audited directory");
  const bytes = await readFile5(real);
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)
    throw new Error("the file is UTF-16: pin-audit edits UTF-8 files only");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(
      bytes
    );
  } catch {
    throw new Error(
      "the file is not valid UTF-8: pin-audit edits UTF-8 files only"
    );
  }
}
function listLockCommands(report, changedFiles) {
  const commands = /* @__PURE__ */ new Set();
  const changed = new Set(changedFiles);
  for (const project of report.projects) {
    const manifest = project.files.find(
      (f) => f.kind === "pyproject" && changed.has(f.path)
    );
    if (manifest === void 0) continue;
    const command = lockCommandOf(project, report.projects);
    if (command !== null) commands.add(command);
  }
  return [...commands].sort();
}
function lockCommandOf(project, projects) {
  const has = (p, kind) => p.files.some((f) => f.kind === kind);
  if (has(project, "poetry-lock")) return `${cdInto(project.path)}poetry lock`;
  if (has(project, "uv-lock")) return `${cdInto(project.path)}uv lock`;
  const root = projects.find((p) => p.path === project.workspace);
  if (root !== void 0 && has(root, "uv-lock"))
    return `${cdInto(root.path)}uv lock`;
  if (has(project, "pylock"))
    return `${cdInto(project.path)}uv export --format pylock.toml -o pylock.toml`;
  return null;
}
function upgradeCommandOf(project, projects, move) {
  const base = lockCommandOf(project, projects);
  if (base === null) return null;
  const pin = shellQuote(`${move.name}==${move.version}`);
  if (base.endsWith("uv lock")) return `${base} --upgrade-package ${pin}`;
  if (base.endsWith("poetry lock"))
    return base.replace(
      /poetry lock$/,
      `poetry update ${shellQuote(move.name)}`
    );
  return base;
}
function cdInto(dir) {
  return dir === "." ? "" : `cd ${shellQuote(dir)} && `;
}

// src/fix/run-fix.ts
var FIX_USAGE = `Usage: pin-audit fix [path] [options]

Applies every finding's suggested line in place, changing only the version specifier (every other byte of
the file stays), and prints a unified diff of the change. A hashed requirement whose version would change is
not rewritten: regenerate its file with the command its header names. Locks are never edited: the commands
that regenerate them are printed.

Options:
  --project <glob>      only findings in projects matching the glob (repeatable; the root is ".")
  --package <name>      only findings on this package (repeatable)
  --dry-run             print the diff and write nothing
  --to <version>        with one --package: move it to this version instead (a rollout step): every exact
                        pin becomes ==<version>, a lock holding another version gets its upgrade command
  --policy <file>       policy file (as for pin-audit [path])
  --include <glob>      only audit files matching the glob (repeatable)
  --exclude <glob>      skip files matching the glob (repeatable)
  --offline             never contact a package index
  --index-url <url>     package index to check pins against
  --cache-dir <dir>     keep index answers here
  -h, --help            print this help

Exit status: 0 every error finding with a suggestion was fixed (or nothing to fix), 1 some remain,
2 usage or configuration error.
`;
function parseFixArgs(argv) {
  try {
    return parseArgs2({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        project: { type: "string", multiple: true },
        package: { type: "string", multiple: true },
        "dry-run": { type: "boolean", default: false },
        to: { type: "string" },
        policy: { type: "string" },
        include: { type: "string", multiple: true },
        exclude: { type: "string", multiple: true },
        offline: { type: "boolean", default: false },
        "index-url": { type: "string" },
        "cache-dir": { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error2) {
    throw new ConfigurationError(
      `${error2 instanceof Error ? error2.message : String(error2)}

${FIX_USAGE}`
    );
  }
}
async function runFixCommand(argv, io) {
  const { values, positionals } = parseFixArgs(argv);
  if (values.help) {
    await io.stdout(FIX_USAGE);
    return 0;
  }
  if (positionals.length > 1)
    throw new ConfigurationError(
      `expected one path, got ${positionals.length}

${FIX_USAGE}`
    );
  const root = positionals[0] ?? ".";
  const info = await stat3(root).catch(() => null);
  if (!info?.isDirectory())
    throw new ConfigurationError(`${root}: no such directory`);
  const options = {
    root,
    include: values.include ?? [],
    exclude: values.exclude ?? [],
    env: io.env,
    indexToken: io.env[INDEX_TOKEN_ENV] ?? null,
    offline: values.offline,
    ...values.policy === void 0 ? {} : { policyPath: resolve5(values.policy) },
    ...values["index-url"] === void 0 ? {} : { indexUrl: values["index-url"] },
    ...values["cache-dir"] === void 0 ? {} : { cacheDir: resolve5(values["cache-dir"]) }
  };
  const dryRun = values["dry-run"];
  const packages = values.package ?? [];
  if (values.to !== void 0 && (packages.length !== 1 || !isVersion(values.to)))
    throw new ConfigurationError(
      `--to needs one --package and a version such as 1.23.3; got --to ${JSON.stringify(values.to)} with ${packages.length} --package

${FIX_USAGE}`
    );
  const result = await fixRepository(
    options,
    { projects: values.project ?? [], packages },
    !dryRun,
    values.to === void 0 ? null : { name: packages[0], version: values.to }
  );
  if (result.diff !== "") await io.stdout(result.diff);
  io.stderr(describeFixResult(result, dryRun));
  const remaining = result.notFixed.filter(
    (n) => n.finding.severity === "error"
  );
  const unmoved = values.to === void 0 ? [] : result.withoutSuggestion;
  return remaining.length + unmoved.length > 0 ? 1 : 0;
}
function isVersion(text3) {
  return parseVersion(text3) !== null;
}
function where(f) {
  return stripControls(
    `${f.file ?? "?"}${f.line === null ? "" : `:${f.line}`}`
  );
}
function describeFixResult(result, dryRun) {
  const lines = [];
  const verb = dryRun ? "would change" : "changed";
  const edits = new Set(result.fixed.map((f) => `${f.file}\0${f.line}`)).size;
  lines.push(
    edits === 0 ? "pin-audit fix: nothing to change." : `pin-audit fix: ${verb} ${edits} line(s) in ${result.changedFiles.length} file(s), for ${result.fixed.length} finding(s).`
  );
  if (result.notFixed.length > 0) {
    lines.push("", "Not changed:");
    for (const n of result.notFixed) {
      const suggestion = n.finding.suggestion ?? "";
      lines.push(
        `  ${where(n.finding)} [${n.finding.rule}] \`${stripControls(suggestion)}\`: ${stripControls(n.reason)}.`
      );
      if (n.finding.file !== null && n.reason.includes("hashed"))
        lines.push(
          n.command === void 0 ? `    regenerate ${stripControls(n.finding.file)} with the command that compiled it (e.g. pip-compile --generate-hashes), after writing ${stripControls(suggestion)} in its input` : `    regenerate it with: ${stripControls(n.command)}  (after writing ${stripControls(suggestion)} in its input)`
        );
    }
  }
  for (const c of result.compiled)
    lines.push(
      "",
      `${stripControls(c.file)} is compiled: make the same change in its input, or the next \`${stripControls(c.command)}\` undoes it.`
    );
  if (result.lockCommands.length > 0) {
    lines.push(
      "",
      `Locks are not edited; ${dryRun ? "after applying, " : ""}regenerate them:`
    );
    for (const command of result.lockCommands)
      lines.push(`  ${stripControls(command)}`);
  }
  if (result.withoutSuggestion.length > 0) {
    lines.push("", "Error findings with no line to write (fix them by hand):");
    for (const f of result.withoutSuggestion)
      lines.push(
        `  ${where(f)} [${f.rule}] ${stripControls(f.message.split("\n")[0] ?? "")}`
      );
  }
  return `${lines.join("\n")}
`;
}

// src/report/fail-on.ts
var FAIL_ON = ["error", "warning", "never"];
var RANK = { error: 0, warning: 1, notice: 2 };
function failsOn(finding, failOn) {
  return failOn !== "never" && RANK[finding.severity] <= RANK[failOn];
}

// src/sarif-output.ts
import { stat as stat4 } from "node:fs/promises";
import { dirname as dirname3, join as join14, relative as relative6, resolve as resolve6, sep as sep5 } from "node:path";

// src/report/render-sarif.ts
import { createHash as createHash2 } from "node:crypto";

// src/report/requirement-span.ts
function findRequirementSpan(kind, lines, line, packageName, suggestion) {
  const text3 = lines[line - 1];
  if (text3 === void 0 || !namesPackage(suggestion, packageName)) return null;
  if (kind === "requirements") {
    const previous = lines[line - 2];
    if (previous !== void 0 && continues(previous)) return null;
    return requirementsLineSpan(text3, packageName, suggestion);
  }
  if (kind === "pyproject")
    return pyprojectStringSpan(text3, packageName, suggestion);
  return null;
}
function namesPackage(text3, packageName) {
  const parsed = parsePep508(text3);
  return parsed.ok && parsed.value.name === packageName;
}
function continues(text3) {
  return /\\\r?$/.test(text3);
}
function requirementsLineSpan(text3, packageName, suggestion) {
  if (continues(text3)) return null;
  const comment = text3.search(/(^|\s)#/);
  const body = comment < 0 ? text3 : text3.slice(0, comment);
  const start = body.search(/\S/);
  if (start < 0) return null;
  const requirement = body.slice(start).trimEnd();
  if (requirement.startsWith("-") || /\s-/.test(requirement)) return null;
  if (!namesPackage(requirement, packageName)) return null;
  return {
    startColumn: start + 1,
    endColumn: start + requirement.length + 1,
    current: requirement,
    replacement: suggestion
  };
}
function pyprojectStringSpan(text3, packageName, suggestion) {
  const found = [];
  for (const literal2 of listTomlStrings2(text3)) {
    if (literal2.content === null) continue;
    if (!namesPackage(literal2.content, packageName)) continue;
    const replacement = literal2.quote === '"' ? suggestion.replace(/[\\"]/g, (c) => `\\${c}`) : suggestion;
    if (literal2.quote === "'" && suggestion.includes("'")) continue;
    found.push({
      startColumn: literal2.start + 1,
      endColumn: literal2.start + literal2.content.length + 1,
      current: literal2.content,
      replacement
    });
  }
  return found.length === 1 ? found[0] ?? null : null;
}
function listTomlStrings2(text3) {
  if (text3.includes('"""') || text3.includes("'''")) return [];
  const strings = [];
  let i = 0;
  while (i < text3.length) {
    const c = text3[i];
    if (c === "#") break;
    if (c !== '"' && c !== "'") {
      i += 1;
      continue;
    }
    const start = i + 1;
    let j = start;
    let escaped = false;
    while (j < text3.length && text3[j] !== c) {
      if (c === '"' && text3[j] === "\\") {
        escaped = true;
        j += 1;
      }
      j += 1;
    }
    if (j >= text3.length) return strings;
    strings.push({
      quote: c,
      start,
      content: escaped ? null : text3.slice(start, j)
    });
    i = j + 1;
  }
  return strings;
}

// src/report/rule-descriptions.ts
var RULES_DOCUMENTATION_URL = `${TOOL_URL}/blob/main/docs/policy.md`;
var PINS = ["dependencies", "python", "pins"];
var LOCKS = ["dependencies", "python", "locks"];
var INDEX = ["dependencies", "python", "supply-chain"];
var FILES = ["dependencies", "python", "input"];
var RULE_DESCRIPTIONS = {
  unpinned: {
    name: "UnpinnedRequirement",
    short: "A requirement is looser than the pin level the policy asks of it.",
    full: "A requirement's version constraint is looser than its pin level (`exact`, `compatible`, `bounded`, `specified` or `any`, set per file kind, dependency group and package). A loose requirement lets the next install pick a release nobody tested.",
    fix: "Replace the requirement with the suggested one, or set another level in the policy's `[pins]` or `packages.<name>.pin`.",
    tags: PINS
  },
  "outside-policy": {
    name: "VersionOutsidePolicy",
    short: "A version outside the policy's allowed range is admitted, pinned or locked.",
    full: "A declared range admits a version outside `packages.<name>.allowed` (the finding shows one, the counterexample), or a pinned or locked version is outside it.",
    fix: "Replace the requirement with the suggested one, then re-lock.",
    tags: PINS
  },
  banned: {
    name: "BannedVersion",
    short: "A pinned or locked version is banned by the policy.",
    full: "A pinned or locked version is in `packages.<name>.banned`. A range that merely admits a banned version is reported one step milder (an error becomes a warning).",
    fix: "Replace the requirement with the suggested one, which leaves the banned versions out, then re-lock.",
    tags: PINS
  },
  "lock-mismatch": {
    name: "LockDoesNotMatchManifest",
    short: "A lock or compiled requirements file does not match what it was resolved from.",
    full: "A locked version fails the declared specifier, a declared dependency is missing from the lock, or the manifest uv.lock recorded differs from pyproject.toml: installing from the lock gives something other than what is declared. The same holds for a compiled requirements file (pip-compile, `uv pip compile`) and its inputs: the output misses a package an input names, or pins a version an input's specifier does not admit (the finding names both files and lines). An input the output's header names that is not in the audited tree is a notice: the pins are audited, the pairing is not.",
    fix: "Re-lock (`uv lock`, `poetry lock`), or compile the output again with the command in its header, and commit the result with the manifest or input.",
    tags: LOCKS
  },
  conflict: {
    name: "ConflictingRequirements",
    short: "Requirements on one package leave no version that satisfies them all.",
    full: "Within one install set (a pyproject.toml with its lock, a requirements file with its -r and -c files, a compiled output with its inputs), the requirements on a package (including what the project's pinned packages themselves require) have no common version, or one requirement admits no version at all: the installer cannot resolve them, or a hand-made pin breaks at run time. The finding lists the smallest set of requirements or clauses that clash.",
    fix: "Relax one of the listed requirements so that they share a version.",
    tags: PINS
  },
  diverged: {
    name: "DivergedInstalls",
    short: "Two ways to install one project disagree on a package.",
    full: "A project's pyproject.toml and another install set of its directory (a requirements file, a compiled output not compiled from it) require versions of a package that do not overlap: whichever way the project is installed, it is not what the other promises. Nothing says the two are installed together, so it is not a conflict.",
    fix: "Align them; if the two are installed together, declare it with [[install]] in the policy (then it is a conflict).",
    tags: PINS
  },
  inconsistent: {
    name: "InconsistentVersions",
    short: "A package is at different versions across the projects.",
    full: "A package listed in `consistency.packages` is locked or pinned at different versions in different projects of the repository; the finding shows every project's version.",
    fix: "Move the project to the version most projects use (the suggested pin), then re-lock.",
    tags: LOCKS
  },
  compat: {
    name: "IncompatibleCombination",
    short: "A `[[compat]]` rule of the policy does not hold.",
    full: "A `[[compat]]` rule's `when` holds in an install set (it installs, say, `mcp>=1.13,<2`), and the same install set locks, pins or declares the package in the rule's `require` outside it (`httpx>=0.27.1,<1`); a range is judged with the constraints that apply to it. Independent requirements files of one directory are judged separately.",
    fix: "Replace the requirement with the suggested one, then re-lock.",
    tags: PINS
  },
  "exception-expired": {
    name: "ExpiredException",
    short: "A policy exception is past its `until` date.",
    full: "An `[[exceptions]]` entry is past `until`: it no longer applies, and the findings it waived are reported again.",
    fix: "Fix the findings the exception waived, or move its `until`.",
    tags: ["dependencies", "policy"]
  },
  "exception-unused": {
    name: "UnusedException",
    short: "A policy exception suppressed no finding.",
    full: "An `[[exceptions]]` entry in force matched no finding in a whole-repository audit: its `project`, `file` or `package` may be misspelled, or the problem it waived is gone.",
    fix: "Fix the exception's globs, or remove it.",
    tags: ["dependencies", "policy"]
  },
  missing: {
    name: "MissingRequiredPackage",
    short: "A project does not declare a package the policy requires.",
    full: "The policy's `packages.<name>.required` asks every project (or the projects matching its globs) to declare the package, and this project does not.",
    fix: "Add the package to the project's dependencies, or narrow `required`.",
    tags: ["dependencies", "policy"]
  },
  yanked: {
    name: "YankedRelease",
    short: "A pinned or locked release is yanked on its package index.",
    full: "A pinned or locked version is yanked on its package index (PEP 592): its maintainers withdrew it, yet pip and uv still install a yanked release that is pinned exactly.",
    fix: "Move to a release that is not yanked, then re-lock.",
    tags: INDEX
  },
  "too-new": {
    name: "ReleaseInCooldown",
    short: "A pinned or locked release is younger than the policy's cooldown.",
    full: "A pinned or locked version was uploaded less than the policy's `cooldown` ago (48 hours by default): a broken or compromised release is usually found and yanked within that time.",
    fix: "Wait until the time the finding names, or use an older release; `cooldown` in the policy sets the time.",
    tags: INDEX
  },
  "index-unavailable": {
    name: "IndexUnavailable",
    short: "The package index could not answer for a pinned or locked release.",
    full: "The package index could not be asked about a pinned or locked release, so `yanked` and `too-new` were not checked for it. It is said, so that a failed lookup never reads as a pass.",
    fix: "Check the index URL, its credentials (`PIN_AUDIT_INDEX_TOKEN`) and the network, then run again.",
    tags: INDEX
  },
  index: {
    name: "UnlistedPackageSource",
    short: "A requirements file, pyproject.toml or lock names a package source the policy does not list.",
    full: "A requirements file names a package source (`--index-url`, `--extra-index-url`, `--find-links` or `--trusted-host`), a pyproject.toml tells uv or Poetry to use one (`[[tool.uv.index]]`; `index-url`, `extra-index-url` or `find-links` in `[tool.uv]` or `[tool.uv.pip]`; `[[tool.poetry.source]]`), or a lock installs packages from one (uv.lock `source = { registry = ... }`, pylock.toml `index`, poetry.lock's `[package.source]`), and it is not PyPI (`https://pypi.org/simple`, its file host `files.pythonhosted.org`), the policy's `index-url` or in `[indexes] allowed`. The installer may install any package from it, whatever the pins say. A lock's index is reported once per lock (on its first package), and not at all when the project's own settings name it (that finding is the one to fix). The workflow's `index-url` input is where pin-audit reads release data; it does not allow the audited files to install from that index: list it in `[indexes] allowed` too.",
    fix: "Remove it, or, if it is trusted, add it to `[indexes] allowed` in the policy.",
    tags: INDEX
  },
  soak: {
    name: "CanarySoakNotOver",
    short: "A project moves to a version the canary has not run for the soak time.",
    full: "A change moves a project outside `[rollout] canary` to a version the canary has not run on the base branch for `[rollout] soak` (read from the base's first-parent history), or does not run at all.",
    fix: "Wait until the soak ends, or move the canary first (`pin-audit fix --project <canary> --package <name> --to <version>`).",
    tags: ["dependencies", "policy"]
  },
  "dead-marker": {
    name: "RequirementNeverApplies",
    short: "A requirement's marker can never hold where the project runs.",
    full: "A requirement's environment marker can never hold for the project: a Python the project's `requires-python` excludes (`python_version < \"3.8\"` under `>=3.10`), an `extra` in a requirements file (pip sets none), or a marker that contradicts itself. No installer installs it, so no other rule judges it; this notice says so once.",
    fix: "Remove the line, or correct its marker.",
    tags: ["dependencies"]
  },
  "invalid-file": {
    name: "UnreadableFile",
    short: "A dependency file, or a line in it, cannot be read.",
    full: "A file that is not UTF-8, not valid TOML, truncated, binary or too large, or a line that cannot be understood: what pip, uv or Poetry would make of it cannot be checked, so it is reported rather than skipped. The rest of the repository is still audited.",
    fix: "Correct the file or line the finding names.",
    tags: FILES
  },
  discovery: {
    name: "PathNotAudited",
    short: "A path was not followed, or there was nothing to audit.",
    full: "An include that points outside the audited root, a symlink out of the root or a symlink loop, or an audit that found no dependency file at all.",
    fix: "Keep included files inside the audited root, or check the audited path and its include and exclude globs.",
    tags: FILES
  },
  unauditable: {
    name: "UnauditableSource",
    short: "An installer would read something pin-audit cannot read the same way.",
    full: "Something an installer would read that pin-audit cannot read the same way: a file over 16 MiB, a symbolic link it cannot follow exactly as the OS would (out of the repository, into `.git` or `node_modules`, past 40 links), an encoding pip decodes and pin-audit does not, a requirement URL without a package name, a remote include, or dependencies a build backend computes. It is always an error: what was not read cannot pass the gate.",
    fix: "Make the source auditable as the finding says: a regular UTF-8 file inside the repository, a `name @ url` requirement, or dependencies declared in `[project]` or `[tool.setuptools.dynamic]` files.",
    tags: FILES
  }
};
function describeUnknownRule(id) {
  return {
    name: `Rule${id.replace(/[^A-Za-z0-9]/g, "")}`,
    short: `Findings of rule ${id}.`,
    full: `Findings of rule ${id}.`,
    fix: "See the finding's message.",
    tags: ["dependencies"]
  };
}
function ruleHelpUri(id) {
  return `${RULES_DOCUMENTATION_URL}#${id}`;
}

// src/report/render-sarif.ts
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "pinAuditFinding/v1";
function renderSarif(report, options) {
  const rules = listRules(report.findings);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const kinds = /* @__PURE__ */ new Map();
  for (const project of report.projects)
    for (const file2 of project.files) kinds.set(file2.path, file2.kind);
  const occurrences = /* @__PURE__ */ new Map();
  const results = report.findings.map((finding) => {
    const identity2 = `${options.rootInRepository}\0${findingIdentity(finding)}`;
    const n = occurrences.get(identity2) ?? 0;
    occurrences.set(identity2, n + 1);
    return toResult(finding, {
      ruleIndex: ruleIndex.get(finding.rule) ?? 0,
      fingerprint: fingerprint(`${identity2}\0${n}`),
      report,
      kind: finding.file === null ? void 0 : kinds.get(finding.file),
      options
    });
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            .../^\d+\.\d+\.\d+/.test(TOOL_VERSION) ? { semanticVersion: TOOL_VERSION } : {},
            informationUri: TOOL_URL,
            rules
          }
        },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function listRules(findings) {
  const known = Object.keys(RULE_DESCRIPTIONS);
  const other = [...new Set(findings.map((f) => f.rule))].filter((id) => !known.includes(id)).sort();
  return [...known, ...other].map(
    (id) => describeRule(
      id,
      RULE_DESCRIPTIONS[id] ?? describeUnknownRule(id)
    )
  );
}
function describeRule(id, description) {
  const helpUri = ruleHelpUri(id);
  return {
    id,
    name: description.name,
    shortDescription: { text: description.short },
    fullDescription: { text: description.full },
    help: {
      text: `${description.full}

Fix: ${description.fix}

${helpUri}`,
      markdown: `${description.full}

**Fix:** ${description.fix}

[Documentation](${helpUri})`
    },
    helpUri,
    properties: { tags: description.tags }
  };
}
var LEVELS3 = {
  error: "error",
  warning: "warning",
  notice: "note"
};
function toResult(finding, context) {
  const fix = finding.suggestion ? `
Fix: ${finding.suggestion}` : "";
  const properties = {};
  if (finding.project !== null) properties.project = finding.project;
  if (finding.package !== null) properties.package = finding.package;
  if (finding.counterexample !== void 0)
    properties.counterexample = finding.counterexample;
  if (finding.suggestion !== void 0)
    properties.suggestion = finding.suggestion;
  const fixes = describeFix(finding, context);
  return {
    ruleId: finding.rule,
    ruleIndex: context.ruleIndex,
    level: LEVELS3[finding.severity],
    message: { text: `${finding.message}${fix}` },
    locations: [locate2(finding, context)],
    partialFingerprints: { [FINGERPRINT_KEY]: context.fingerprint },
    ...fixes ? { fixes } : {},
    ...Object.keys(properties).length > 0 ? { properties } : {}
  };
}
function locate2(finding, context) {
  const file2 = finding.file ?? context.report.policy.file;
  const artifactLocation = toArtifact(file2, context.options.rootInRepository);
  if (finding.file === null || finding.line === null)
    return { physicalLocation: { artifactLocation } };
  return {
    physicalLocation: {
      artifactLocation,
      region: { startLine: finding.line, endLine: finding.line }
    }
  };
}
function toArtifact(file2, root) {
  const path = [root, file2 ?? ""].filter((part) => part !== "").join("/");
  const uri = path === "" ? "./" : path.split("/").filter((segment) => segment !== "" && segment !== ".").map(encodeURIComponent).join("/");
  return { uri: uri === "" ? "./" : uri, uriBaseId: SRCROOT };
}
function describeFix(finding, context) {
  const { file: file2, line, package: name2, suggestion } = finding;
  if (file2 === null || line === null || name2 === null || !suggestion)
    return void 0;
  if (context.kind === void 0) return void 0;
  const lines = context.options.fileLines(file2);
  if (lines === void 0) return void 0;
  const span = findRequirementSpan(context.kind, lines, line, name2, suggestion);
  if (span === null || span.current === span.replacement) return void 0;
  return [
    {
      description: {
        text: `Replace \`${span.current}\` with \`${suggestion}\`.`
      },
      artifactChanges: [
        {
          artifactLocation: toArtifact(file2, context.options.rootInRepository),
          replacements: [
            {
              deletedRegion: {
                startLine: line,
                startColumn: span.startColumn,
                endLine: line,
                endColumn: span.endColumn
              },
              insertedContent: { text: span.replacement }
            }
          ]
        }
      ]
    }
  ];
}
function fingerprint(identity2) {
  return createHash2("sha256").update(identity2).digest("hex").slice(0, 32);
}

// src/sarif-output.ts
async function renderSarifOfDirectory(report, filesDir, rootInRepository2) {
  const files = /* @__PURE__ */ new Set();
  for (const finding of report.findings)
    if (finding.suggestion && finding.file !== null) files.add(finding.file);
  const lines = /* @__PURE__ */ new Map();
  for (const file2 of [...files].sort()) {
    const read = await readTextFile(join14(filesDir, file2));
    if (read.ok) lines.set(file2, read.text.split(/\r?\n/));
  }
  return renderSarif(report, {
    rootInRepository: rootInRepository2,
    fileLines: (file2) => lines.get(file2)
  });
}
async function rootInRepository(root, cwd) {
  const absolute = resolve6(cwd, root);
  for (let dir = absolute; ; dir = dirname3(dir)) {
    if (await exists2(join14(dir, ".git")))
      return toPosix(relative6(dir, absolute));
    if (dirname3(dir) === dir) break;
  }
  const path = toPosix(relative6(cwd, absolute));
  return path === ".." || path.startsWith("../") || /^([A-Za-z]:|\/)/.test(path) ? "" : path;
}
async function exists2(path) {
  return await stat4(path).catch(() => null) !== null;
}
function toPosix(path) {
  return path.split(sep5).join("/");
}

// src/run-cli.ts
var AUDIT_ONLY_OPTIONS = {
  ...AUDIT_OPTIONS,
  // The inventory is opt-in; --no-inventory stays accepted (it was the way to turn it off).
  inventory: { type: "boolean", default: false },
  verbose: { type: "boolean", default: false },
  "fail-on": { type: "string", default: "error" },
  "base-ref": { type: "string" },
  color: { type: "boolean" },
  version: { type: "boolean" }
};
async function runCli(argv, io) {
  try {
    return await dispatch(argv, io);
  } catch (error2) {
    if (error2 instanceof UsageError) io.stderr(describeUsageError(error2));
    else if (error2 instanceof ConfigurationError) {
      io.stderr(
        `${TOOL_NAME}: ${stripControls(describeConfigurationError(error2))}
`
      );
    } else {
      const detail = error2 instanceof Error ? error2.stack ?? error2.message : String(error2);
      io.stderr(
        `${TOOL_NAME}: internal error (please report it): ${stripControls(detail)}
`
      );
    }
    return 2;
  }
}
async function dispatch(argv, io) {
  if (argv[0] === "fix") return runFixCommand(argv.slice(1), io);
  if (argv[0] === "drift" || argv[0] === "merge")
    return runDriftCommand(argv[0], argv.slice(1), io);
  return runAuditCommand(argv, io);
}
async function runAuditCommand(argv, io) {
  const { values, positionals } = parseCommandLine(
    argv,
    AUDIT_ONLY_OPTIONS,
    AUDIT_USAGE
  );
  if (values.help) {
    await io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    await io.stdout(`${TOOL_VERSION}
`);
    return 0;
  }
  const format = readChoice(
    "format",
    String(values.format),
    AUDIT_FORMATS,
    AUDIT_USAGE
  );
  const failOn = readChoice(
    "fail-on",
    String(values["fail-on"]),
    FAIL_ON,
    AUDIT_USAGE
  );
  const prepared = await prepareAudit(positionals, values, io, AUDIT_USAGE);
  return withOutput(values.output, async (output2) => {
    const audited = await auditRepository(prepared.options);
    const baseRef = values["base-ref"];
    const compared = baseRef === void 0 ? null : await compareWithBase(prepared.options, audited, baseRef, /* @__PURE__ */ new Date());
    const report = compared?.report ?? audited;
    describeLocatedPolicy(report, prepared);
    const color = values.color ?? (io.isTty && !io.env.NO_COLOR && !values.output);
    const failing = report.findings.filter((f) => failsOn(f, failOn)).length;
    const text3 = {
      color,
      inventory: values.inventory === true,
      verbose: values.verbose === true,
      width: output2 === null && io.isTty ? io.columns ?? 100 : 100,
      exitReason: describeExit2(failing, failOn)
    };
    const secrets = listIndexSecrets({
      indexUrl: values["index-url"],
      env: io.env
    });
    const chunks = compared && format !== "sarif" ? [renderCompared(compared, format, text3)] : await renderAudit(report, format, prepared.options.root, text3);
    await writeMasked(chunks, secrets, output2, io.stdout);
    return failing > 0 ? 1 : 0;
  });
}
async function renderAudit(report, format, root, text3) {
  if (format === "json") return renderJsonChunks(report);
  if (format === "sarif")
    return [
      await renderSarifOfDirectory(
        report,
        root,
        await rootInRepository(root, process.cwd())
      )
    ];
  return [renderReport(report, format, text3)];
}
function describeExit2(failing, failOn) {
  if (failOn === "never") return "exit status 0: --fail-on never";
  const what = failOn === "error" ? "error" : "error or warning";
  return failing > 0 ? `exit status 1: ${failing} ${what} finding${failing === 1 ? "" : "s"}` : `exit status 0: no ${what} findings`;
}
function renderReport(report, format, text3) {
  switch (format) {
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report);
    case "text":
      return renderText(report, text3);
  }
}
export {
  USAGE,
  renderReport,
  runCli
};
