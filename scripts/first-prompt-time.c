/* Benchmark (not a test): milliseconds from fork to the first `erqi> ` prompt on a
 * pseudo-terminal, without the cost of a Python harness (scripts/bench-startup.py adds about
 * 5 ms of its own). A program that prints the prompt at once measures about 1 ms here.
 *   cc -O2 -o .build/first-prompt-time scripts/first-prompt-time.c -lutil
 *   .build/first-prompt-time .build/static/release/erqi 30
 */
#define _GNU_SOURCE
#include <pty.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>
#include <signal.h>
static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec*1e3+t.tv_nsec/1e6;}
int cmp(const void*a,const void*b){double x=*(double*)a,y=*(double*)b;return x<y?-1:x>y;}
int main(int argc,char**argv){int runs=atoi(argv[2]);double *t=malloc(runs*sizeof(double));
for(int r=0;r<runs;r++){int m;double s=now();pid_t p=forkpty(&m,NULL,NULL,NULL);
if(p==0){setenv("TERM","xterm",1);setenv("LANG","C.UTF-8",1);execl(argv[1],argv[1],"--no-init",(char*)0);_exit(127);}
char buf[8192];int n=0;for(;;){int k=read(m,buf+n,sizeof(buf)-1-n);if(k<=0)break;n+=k;buf[n]=0;if(strstr(buf,"erqi> "))break;}
t[r]=now()-s;kill(p,SIGKILL);waitpid(p,0,0);close(m);}
qsort(t,runs,sizeof(double),cmp);printf("%s: median %.2f ms min %.2f max %.2f (%d runs)\n",argv[1],t[runs/2],t[0],t[runs-1],runs);}
