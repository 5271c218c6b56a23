"""Materials tools: featuriser, property predictor, CrystaLLM-style generator (importable as paperqa_mat.tools)."""
