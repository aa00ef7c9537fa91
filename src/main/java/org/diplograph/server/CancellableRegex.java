package org.diplograph.server;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

/**
 * {@code REGEX} and {@code REPLACE} (and their XPath forms {@code fn:matches}, {@code fn:replace}) that stop when the
 * query is cancelled, so a slow regular expression ends at the query timeout instead of holding a core.
 *
 * <p>Jena's timeout sets the query's cancel signal, which its iterators check between solutions; a single regular
 * expression match never returns to them (catastrophic backtracking can take minutes on 50 characters).
 * {@link #rewrite(Query)} replaces these functions by ones that match against a {@link CancellableText}, which
 * checks the signal while the engine reads the text. Semantics are Jena's: the same {@link Pattern} flags
 * ({@link RegexEngine#makePattern}), the same replacement rules.
 */
final class CancellableRegex {
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";

    private CancellableRegex() {}

    /** {@code query} with every regular-expression function replaced by its cancellable form. */
    static Query rewrite(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new Swap());
    }

    /** Maps the built-in and XPath regular-expression functions to the cancellable ones. */
    private static final class Swap extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex || isCall(func, "matches")) return new Matches(args);
            if (func instanceof E_StrReplace || isCall(func, "replace")) return new Replace(args);
            return super.transform(func, args);
        }

        private static boolean isCall(ExprFunctionN func, String localName) {
            return func instanceof E_Function f && (FN + localName).equals(f.getFunctionIRI());
        }
    }

    /** Shared by both functions: never folded as a constant (folding runs without the query's cancel signal). */
    private abstract static class Cancellable extends ExprFunctionN {
        private final String label;
        /** The compiled pattern when pattern and flags are constants, else null. */
        final Pattern constantPattern;

        Cancellable(String name, String label, ExprList args, int patternArg, int flagsArg) {
            super(name, args);
            this.label = label;
            this.constantPattern = constantPattern(args, patternArg, flagsArg);
        }

        private Pattern constantPattern(ExprList args, int patternArg, int flagsArg) {
            Expr p = args.get(patternArg);
            Expr f = args.size() > flagsArg ? args.get(flagsArg) : null;
            if (!p.isConstant() || (f != null && !f.isConstant())) return null;
            try {
                return pattern(p.getConstant(), f == null ? null : f.getConstant());
            } catch (ExprEvalException bad) {
                return null;   // reported when evaluated, as Jena does for a pattern it cannot compile
            }
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            throw new ExprEvalException(label + ": evaluated only inside a query execution");
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            return eval(args, signal(env));
        }

        abstract NodeValue eval(List<NodeValue> args, AtomicBoolean cancelled);

        private static AtomicBoolean signal(FunctionEnv env) {
            if (env instanceof ExecutionContext ec && ec.getCancelSignal() != null) return ec.getCancelSignal();
            AtomicBoolean s = env == null ? null : Context.getCancelSignal(env.getContext());
            return s != null ? s : new AtomicBoolean();
        }

        /** The pattern of this call: the constant one, else compiled from the evaluated arguments. */
        Pattern pattern(List<NodeValue> args, int patternArg, int flagsArg) {
            if (constantPattern != null) return constantPattern;
            return pattern(args.get(patternArg), args.size() > flagsArg ? args.get(flagsArg) : null);
        }

        private Pattern pattern(NodeValue pattern, NodeValue flagsValue) {
            String p = NodeValueOps.checkAndGetStringLiteral(label, pattern).getLiteralLexicalForm();
            String flags = flagsValue == null ? null
                    : NodeValueOps.checkAndGetStringLiteral(label, flagsValue).getLiteralLexicalForm();
            if (flags != null && !flags.matches("[smixq]*"))
                throw new ExprEvalException(label + ": only 'smixq' are legal as pattern flags: got \"" + flags + "\"");
            return RegexEngine.makePattern(label, p, flags);
        }
    }

    /** {@code REGEX(text, pattern [, flags])}. */
    static final class Matches extends Cancellable {
        Matches(ExprList args) {
            super("regex", "REGEX", args, 1, 2);
        }

        @Override
        NodeValue eval(List<NodeValue> args, AtomicBoolean cancelled) {
            String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
            Pattern p = pattern(args, 1, 2);
            return NodeValue.booleanReturn(p.matcher(new CancellableText(text, cancelled)).find());
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Matches(newArgs);
        }
    }

    /** {@code REPLACE(text, pattern, replacement [, flags])}: Jena's rules (one empty match at most, else a change). */
    static final class Replace extends Cancellable {
        Replace(ExprList args) {
            super("replace", "REPLACE", args, 1, 3);
        }

        @Override
        NodeValue eval(List<NodeValue> args, AtomicBoolean cancelled) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
            Pattern p = pattern(args, 1, 3);
            String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
            String lexical = text.getLiteralLexicalForm();
            Matcher m = p.matcher(new CancellableText(lexical, cancelled));
            StringBuilder out = null;
            try {
                while (m.find()) {
                    if (out == null) out = new StringBuilder();
                    else if (m.start() == m.end()) continue;
                    m.appendReplacement(out, replacement);
                }
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage());
            }
            if (out == null) return args.get(0);
            m.appendTail(out);
            String result = out.toString();
            if (result.equals(lexical)) return args.get(0);
            return NodeValue.makeNode(NodeFactory.createLiteral(result, text.getLiteralLanguage(), text.getLiteralDatatype()));
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs);
        }
    }

    /**
     * A string whose reads fail with {@link QueryCancelledException} once the query's cancel signal is set (checked
     * every 4,096 reads, so the cost is one volatile read per 4,096 characters examined).
     */
    static final class CancellableText implements CharSequence {
        private static final int CHECK_EVERY = 4096;
        private final String text;
        private final AtomicBoolean cancelled;
        private int reads;

        CancellableText(String text, AtomicBoolean cancelled) {
            this.text = text;
            this.cancelled = cancelled;
        }

        @Override
        public char charAt(int index) {
            if (++reads >= CHECK_EVERY) {
                reads = 0;
                if (cancelled.get()) throw new QueryCancelledException();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
