#!/usr/bin/env bash
# Runs newsnlp over a dump on a shared file system as a Slurm job array: task k
# processes shard k of N. Submit with the array size equal to N:
#
#   sbatch --array=0-15 deploy/slurm-array.sh /shared/dumps /shared/newsnlp-out
#
# Each task writes OUT/<table>/part-<k>-of-<N>.parquet and OUT/_done/part-<k>-of-<N>.json
# last. Resubmitting the same array after failures redoes only the shards whose
# marker is missing (--resume). Check completeness and query the parts as one dataset:
#
#   ls OUT/_done | wc -l                                   # N when every shard is done
#   duckdb -c "SELECT speaker, count(*) FROM read_parquet('OUT/quotes/*.parquet')
#              WHERE speaker IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 20"
#   # merge into one file per table if a tool needs it:
#   duckdb -c "COPY (SELECT * FROM read_parquet('OUT/quotes/*.parquet')) TO 'quotes.parquet' (FORMAT parquet, COMPRESSION zstd)"
#
#SBATCH --job-name=newsnlp
#SBATCH --cpus-per-task=2
#SBATCH --mem=2G
#SBATCH --time=12:00:00
#SBATCH --output=newsnlp-%A_%a.log
set -euo pipefail
in=${1:?usage: slurm-array.sh INPUT_DIR OUT_DIR}
out=${2:?usage: slurm-array.sh INPUT_DIR OUT_DIR}
n=${SLURM_ARRAY_TASK_COUNT:?submit as an array: sbatch --array=0-N-1}
k=${SLURM_ARRAY_TASK_ID:?}
exec "${NEWSNLP:-newsnlp}" run --shard "$k/$n" --resume --progress plain \
  --workers "${SLURM_CPUS_PER_TASK:-2}" --out "$out" "$in"
