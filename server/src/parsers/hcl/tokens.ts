// SPDX-License-Identifier: Apache-2.0
// Token kinds of the HCL native syntax. The names are HashiCorp's (hclsyntax.TokenType.String()), so a
// token dump of ours can be diffed with `hcl-oracle FILE -lexdump` directly.

export const enum T {
  OBrace,
  CBrace,
  OBrack,
  CBrack,
  OParen,
  CParen,
  OQuote,
  CQuote,
  OHeredoc,
  CHeredoc,
  Star,
  Slash,
  Plus,
  Minus,
  Percent,
  Equal,
  EqualOp,
  NotEqual,
  LessThan,
  LessThanEq,
  GreaterThan,
  GreaterThanEq,
  And,
  Or,
  Bang,
  Dot,
  Comma,
  Ellipsis,
  FatArrow,
  Question,
  Colon,
  TemplateInterp,
  TemplateControl,
  TemplateSeqEnd,
  QuotedLit,
  StringLit,
  NumberLit,
  Ident,
  Comment,
  Newline,
  EOF,
  BitwiseAnd,
  BitwiseOr,
  BitwiseNot,
  BitwiseXor,
  StarStar,
  Apostrophe,
  Backtick,
  Semicolon,
  Tabs,
  Invalid,
  BadUTF8,
  QuotedNewline,
  Nil,
}

/** HashiCorp's name for each token kind, indexed by `T`. */
export const TOKEN_NAMES: readonly string[] = [
  'TokenOBrace',
  'TokenCBrace',
  'TokenOBrack',
  'TokenCBrack',
  'TokenOParen',
  'TokenCParen',
  'TokenOQuote',
  'TokenCQuote',
  'TokenOHeredoc',
  'TokenCHeredoc',
  'TokenStar',
  'TokenSlash',
  'TokenPlus',
  'TokenMinus',
  'TokenPercent',
  'TokenEqual',
  'TokenEqualOp',
  'TokenNotEqual',
  'TokenLessThan',
  'TokenLessThanEq',
  'TokenGreaterThan',
  'TokenGreaterThanEq',
  'TokenAnd',
  'TokenOr',
  'TokenBang',
  'TokenDot',
  'TokenComma',
  'TokenEllipsis',
  'TokenFatArrow',
  'TokenQuestion',
  'TokenColon',
  'TokenTemplateInterp',
  'TokenTemplateControl',
  'TokenTemplateSeqEnd',
  'TokenQuotedLit',
  'TokenStringLit',
  'TokenNumberLit',
  'TokenIdent',
  'TokenComment',
  'TokenNewline',
  'TokenEOF',
  'TokenBitwiseAnd',
  'TokenBitwiseOr',
  'TokenBitwiseNot',
  'TokenBitwiseXor',
  'TokenStarStar',
  'TokenApostrophe',
  'TokenBacktick',
  'TokenSemicolon',
  'TokenTabs',
  'TokenInvalid',
  'TokenBadUTF8',
  'TokenQuotedNewline',
  'TokenNil',
];

/** A token: its kind and [start, end) UTF-16 offsets into the source. */
export interface Token {
  type: T;
  start: number;
  end: number;
}

/**
 * The lexer's output in columnar form: three typed arrays instead of one object per token. A 20k-line
 * file has ~200k tokens; as objects they survive the whole parse and make garbage collection dominate.
 */
export interface TokenStream {
  count: number;
  types: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
}
