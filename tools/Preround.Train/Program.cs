using System.Globalization;
using System.Text;
using Preround.Core.Domain;
using Preround.Core.Evaluation;
using Preround.Core.Text;
using Preround.Rules.Learned;

// Trains the learned classifier shipped in Preround.Rules from labelled posts (the dev.jsonl format).
//   preround-train --out src/Preround.Rules/Learned/preround.model corpus/*.jsonl ../shared/eval/dev.jsonl
//   preround-train --holdout corpus/blind/blind-01.jsonl corpus/*.jsonl   (scores the model alone on an unseen file; repeatable)
// Deterministic: the same files give the same model, byte for byte.

try
{
    return Run(args);
}
catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException or InvalidDataException)
{
    // Bad input (a malformed corpus line, a missing file, a bad option value) is one clear line, not a stack trace.
    Console.Error.WriteLine($"preround-train: {e.Message}");
    return 2;
}

static int Run(string[] args)
{
    if (args is ["--explain", var draft, ..])
    {
        // Development aid: what the shipped model makes of one draft, and the features that weigh most per target.
        var analyzed = TextAnalyzer.Analyze(draft);
        var found = new List<LearnedFeature>();
        LearnedFeatures.Extract(analyzed, found);
        var shipped = LearnedModels.Default;
        var p = shipped.Predict(found);
        for (var t = 0; t < shipped.Targets.Count; t++)
        {
            var contributions = found.Select(f => (f.Token, W: shipped.Weight(f.Hash, t))).Where(x => x.W != 0).OrderByDescending(x => x.W).Take(4)
                .Select(x => $"{(x.Token < 0 ? "<global>" : analyzed.TextOf(analyzed.Tokens[x.Token]))}:{x.W:0.00}");
            Console.WriteLine($"{shipped.Targets[t],-22} p={p[t]:0.000} threshold={shipped.Thresholds[t]:0.000} bias={shipped.Bias[t]:0.00} {string.Join(" ", contributions)}");
        }
        return 0;
    }

    var train = new List<string>();
    var holdout = new List<string>();
    string? output = null;
    var folds = 5;
    var minPosts = 1;
    var pairs = true;
    for (var i = 0; i < args.Length; i++)
    {
        switch (args[i])
        {
            case "--out": output = Value(args, ref i); break;
            case "--clean-budget": Trainer.CleanAlarmBudget = double.Parse(Value(args, ref i), CultureInfo.InvariantCulture); break;
            case "--folds": folds = int.Parse(Value(args, ref i), CultureInfo.InvariantCulture); break;
            case "--holdout": holdout.Add(Value(args, ref i)); break;
            case "--l2": Trainer.L2 = float.Parse(Value(args, ref i), CultureInfo.InvariantCulture); break;
            case "--min-posts" or "--min-df": minPosts = int.Parse(Value(args, ref i), CultureInfo.InvariantCulture); break;
            case "--no-pairs": pairs = false; break;
            default: train.Add(args[i]); break;
        }
    }
    if (train.Count == 0)
    {
        Console.Error.WriteLine("usage: preround-train [--out MODEL] [--folds K] [--clean-budget SHARE] [--l2 PENALTY] [--min-posts N] [--no-pairs] [--holdout FILE]... TRAIN.jsonl...");
        return 2;
    }
    // A file named in both lists is held out, never trained on.
    train.RemoveAll(f => holdout.Any(h => Path.GetFullPath(h) == Path.GetFullPath(f)));

    var posts = Load(train);
    Console.WriteLine($"training posts: {posts.Count} from {train.Count} files ({posts.Count(p => p.IsRisky)} risky)");
    var targets = RuleCategories.Risk.Append("block").ToArray();
    var data = Featurize(posts, targets, minPosts, pairs);

    // Out-of-fold probabilities choose each target's threshold.
    var oof = new float[posts.Count][];
    for (var k = 0; k < folds; k++)
    {
        var inFold = Enumerable.Range(0, posts.Count).Where(i => i % folds != k).ToArray();
        var fold = Trainer.Fit(data, inFold, targets.Length);
        for (var i = 0; i < posts.Count; i++)
        {
            if (i % folds == k) oof[i] = fold.Predict(data.Docs[i], data.Scales[i]);
        }
    }
    var thresholds = new float[targets.Length];
    var report = new StringBuilder();
    report.AppendLine(CultureInfo.InvariantCulture, $"{posts.Count} posts ({posts.Count(p => p.IsRisky)} risky) from {string.Join(", ", train.Select(Path.GetFileName))}; {folds}-fold out-of-fold scores at the chosen thresholds:");
    var cleanPosts = posts.Select(p => !p.IsRisky).ToArray();
    for (var t = 0; t < targets.Length; t++)
    {
        (thresholds[t], var precision, var recall) = Trainer.ChooseThreshold(oof.Select(p => p[t]).ToArray(), data.Labels.Select(l => l[t]).ToArray(), targets[t] == "block" ? null : cleanPosts);
        report.AppendLine(CultureInfo.InvariantCulture, $"  {targets[t],-22} threshold {thresholds[t]:0.000} precision {precision:0.000} recall {recall:0.000} (labelled {data.Labels.Count(l => l[t])})");
    }
    Console.Write(report);

    var final = Trainer.Fit(data, Enumerable.Range(0, posts.Count).ToArray(), targets.Length);
    var model = final.ToModel(targets, thresholds, data.Vocabulary, report.ToString());
    Console.WriteLine($"features kept: {model.FeatureCount}");

    if (holdout.Count > 0)
    {
        var held = Load(holdout);
        Score(model, held, targets);
        // The hand-written rules alone (a model with no features never flags), so the model's share is visible.
        LearnedModels.Candidate = new LearnedModel(targets, new float[targets.Length], model.Thresholds.ToArray(), new Dictionary<uint, float[]>(), "rules alone");
        var rules = EvaluationReport.Evaluate(Preround.Rules.BuiltInRules.CreateAnalyzer(), held);
        Console.WriteLine($"rules alone on held out: flagged recall {rules.FlaggedRecall:0.000}, block recall {rules.BlockRecall:0.000}, false alarms {rules.FalseAlarmRate:0.000}");
        // The whole checker: hand-written rules plus this candidate in the learned rules' place.
        LearnedModels.Candidate = model;
        var whole = EvaluationReport.Evaluate(Preround.Rules.BuiltInRules.CreateAnalyzer(), held);
        Console.WriteLine($"whole checker on held out: flagged recall {whole.FlaggedRecall:0.000}, block recall {whole.BlockRecall:0.000}, false alarms {whole.FalseAlarmRate:0.000}");
        foreach (var c in whole.Categories) Console.WriteLine($"  {c.Category,-22} labelled {c.Labelled,4} precision {c.Precision:0.000} recall {c.Recall:0.000}");
    }
    if (output is not null)
    {
        using var file = File.Create(output);
        model.Save(file);
        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes)");
    }
    return 0;
}

static string Value(string[] args, ref int i) =>
    ++i < args.Length ? args[i] : throw new FormatException($"option {args[i - 1]} needs a value");

static List<LabelledPost> Load(IEnumerable<string> files) =>
    files.SelectMany(f => LabelledPost.ParseLines(File.ReadLines(f), Path.GetFileName(f))).ToList();

static TrainingData Featurize(List<LabelledPost> posts, string[] targets, int minPosts, bool pairs)
{
    var vocabulary = new Dictionary<uint, int>();
    var docs = new List<int[]>(posts.Count);
    var scales = new List<float>(posts.Count);
    var labels = new List<bool[]>(posts.Count);
    var features = new List<LearnedFeature>();
    var all = new List<uint[]>(posts.Count);
    var hashes = new List<uint[]>(posts.Count);
    foreach (var p in posts)
    {
        features.Clear();
        var analyzed = TextAnalyzer.Analyze(p.Text);
        LearnedFeatures.Extract(analyzed, features);
        all.Add(features.Select(f => f.Hash).Distinct().ToArray());
        if (pairs) { hashes.Add(all[^1]); continue; }
        features.Clear();
        LearnedFeatures.Extract(analyzed, features, wordPairs: false);
        hashes.Add(features.Select(f => f.Hash).Distinct().ToArray());
    }
    // A feature seen in fewer than minPosts posts is one writer's phrasing more often than a signal.
    var postsWith = hashes.SelectMany(h => h).CountBy(h => h).ToDictionary(kv => kv.Key, kv => kv.Value);
    for (var n = 0; n < posts.Count; n++)
    {
        var p = posts[n];
        var ids = hashes[n].Where(h => postsWith[h] >= minPosts).Select(h =>
        {
            if (!vocabulary.TryGetValue(h, out var id)) vocabulary[h] = id = vocabulary.Count;
            return id;
        }).Order().ToArray();
        docs.Add(ids);
        // NOTE: the model scales by every distinct feature a draft has, stored or not, so training does too.
        scales.Add(all[n].Length == 0 ? 0 : 1f / MathF.Sqrt(all[n].Length));
        labels.Add(targets.Select(t => t == "block" ? p.Severity == Verdict.Block : p.Labels.Contains(t)).ToArray());
    }
    return new TrainingData(docs, scales, labels, vocabulary);
}

static void Score(LearnedModel model, List<LabelledPost> posts, string[] targets)
{
    var features = new List<LearnedFeature>();
    var predicted = new int[targets.Length];
    var labelled = new int[targets.Length];
    var hits = new int[targets.Length];
    int risky = 0, flagged = 0, clean = 0, alarms = 0;
    foreach (var p in posts)
    {
        features.Clear();
        LearnedFeatures.Extract(TextAnalyzer.Analyze(p.Text), features);
        var probabilities = model.Predict(features);
        var any = false;
        for (var t = 0; t < targets.Length; t++)
        {
            var yes = probabilities[t] >= model.Thresholds[t];
            var truth = targets[t] == "block" ? p.Severity == Verdict.Block : p.Labels.Contains(targets[t]);
            if (yes) predicted[t]++;
            if (truth) labelled[t]++;
            if (yes && truth) hits[t]++;
            if (yes && targets[t] != "block") any = true;
        }
        if (p.IsRisky) { risky++; if (any) flagged++; }
        else { clean++; if (any) alarms++; }
    }
    Console.WriteLine($"held out: {posts.Count} posts; model alone flags {flagged}/{risky} risky ({(double)flagged / Math.Max(1, risky):0.000}), false alarms {alarms}/{clean} ({(double)alarms / Math.Max(1, clean):0.000})");
    for (var t = 0; t < targets.Length; t++)
    {
        Console.WriteLine($"  {targets[t],-22} labelled {labelled[t],4} predicted {predicted[t],4} precision {(predicted[t] == 0 ? 1 : (double)hits[t] / predicted[t]):0.000} recall {(labelled[t] == 0 ? 1 : (double)hits[t] / labelled[t]):0.000}");
    }
}

/// <summary>Posts as sorted feature ids (presence only) with their target labels.</summary>
internal sealed record TrainingData(List<int[]> Docs, List<float> Scales, List<bool[]> Labels, Dictionary<uint, int> Vocabulary);
